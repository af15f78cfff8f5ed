package fr.cohorte.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's reference for staff, as a page of the site: every call with what it does, who may make it,
 * its parameters, its answers and its limits, read from the same OpenAPI description that
 * {@code /api/v1/openapi} serves to programs (so the two never differ), in the reader's language.
 * Staff download that description here with their session, where {@code /api/} asks for a token.
 */
@Controller
class ApiReferenceController {

    static final String DOCS = "/api/v1/openapi";

    /** One call of the API, as the page lists it. */
    record Call(String id, String method, String path, String summary, String description, List<Parameter> parameters,
                String body, List<Answer> answers, List<Limit> limits, boolean open) {
    }

    record Parameter(String name, String in, boolean required, String type) {
    }

    record Answer(String status, String description) {
    }

    record Limit(String name, long maximum, String setting) {
    }

    /** The calls of one tag of the description (sessions, selection, mixing…). */
    record Section(String name, String description, List<Call> calls) {
    }

    private final OpenApiWebMvcResource openApi;
    private final JsonMapper json;

    ApiReferenceController(OpenApiWebMvcResource openApi, JsonMapper json) {
        this.openApi = openApi;
        this.json = json;
    }

    @GetMapping("/staff/api")
    String reference(HttpServletRequest request, Locale locale, Model model) throws Exception {
        JsonNode api = json.readTree(openApi.openapiJson(request, DOCS, SupportedLanguages.closestTo(locale)));
        model.addAttribute("api", api.path("info"));
        model.addAttribute("docs", DOCS);
        model.addAttribute("sections", sections(api));
        return "web/api";
    }

    @GetMapping(value = "/staff/api/openapi.json")
    ResponseEntity<byte[]> description(HttpServletRequest request, Locale locale) throws Exception {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("cohorte-openapi.json").build().toString())
                .body(openApi.openapiJson(request, DOCS, SupportedLanguages.closestTo(locale)));
    }

    private static List<Section> sections(JsonNode api) {
        Map<String, List<Call>> byTag = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode call = operation.getValue();
                String tag = call.path("tags").path(0).asString("api");
                byTag.computeIfAbsent(tag, any -> new ArrayList<>()).add(call(path.getKey(), operation.getKey(), call));
            }
        }
        List<Section> sections = new ArrayList<>();
        Map<String, String> descriptions = new TreeMap<>();
        api.path("tags").forEach(tag -> descriptions.put(tag.path("name").asString(), tag.path("description").asString("")));
        byTag.forEach((tag, calls) -> {
            calls.sort((a, b) -> a.path().equals(b.path()) ? order(a.method()) - order(b.method()) : a.path().compareTo(b.path()));
            sections.add(new Section(tag, descriptions.getOrDefault(tag, ""), calls));
        });
        return sections;
    }

    private static Call call(String path, String method, JsonNode call) {
        List<Parameter> parameters = new ArrayList<>();
        call.path("parameters").forEach(parameter -> parameters.add(new Parameter(parameter.path("name").asString(),
                parameter.path("in").asString(), parameter.path("required").asBoolean(false), type(parameter.path("schema")))));
        String body = call.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asString("");
        List<Answer> answers = new ArrayList<>();
        call.path("responses").properties().forEach(answer -> answers.add(new Answer(answer.getKey(),
                answer.getValue().path("description").asString(""))));
        answers.sort((a, b) -> a.status().compareTo(b.status()));
        List<Limit> limits = new ArrayList<>();
        call.path(ApiDocumentation.LIMITS).forEach(limit -> limits.add(new Limit(limit.path("name").asString(),
                limit.path("maximum").asLong(), limit.path("setting").asString(null))));
        boolean open = call.has("security") && call.path("security").isEmpty();
        String id = (method + path).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
        return new Call(id, method.toUpperCase(Locale.ROOT), path, call.path("summary").asString(""),
                call.path("description").asString(""), parameters, body.substring(body.lastIndexOf('/') + 1), answers, limits, open);
    }

    private static String type(JsonNode schema) {
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        return format.isEmpty() ? type : type + " (" + format + ")";
    }

    private static int order(String method) {
        return List.of("GET", "POST", "PUT", "DELETE").indexOf(method);
    }
}
