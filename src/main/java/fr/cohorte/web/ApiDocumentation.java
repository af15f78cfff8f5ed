package fr.cohorte.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the API's description says of every call, in the reader's language: how to authenticate,
 * the problems it may answer (RFC 9457, as {@link ApiProblems} writes them) and the limits in force
 * (the modules' {@link DocumentedLimits}, and the body's and JSON's own from {@link ApiLimitProperties}).
 * The calls' own summaries are message keys on their controllers, resolved in the same language.
 */
@Component
class ApiDocumentation implements OpenApiLocaleCustomizer {

    static final String PROBLEM = "Problem";
    static final String LIMITS = "x-limits";

    private final MessageSource messages;
    private final ApiLimitProperties apiLimits;
    private final List<DocumentedLimits> moduleLimits;

    ApiDocumentation(MessageSource messages, ApiLimitProperties apiLimits, List<DocumentedLimits> moduleLimits) {
        this.messages = messages;
        this.apiLimits = apiLimits;
        this.moduleLimits = moduleLimits;
    }

    @Override
    public void customise(OpenAPI api, Locale locale) {
        Locale language = SupportedLanguages.closestTo(locale);
        api.info(new Info().title(text("api.docs.title", language)).version("v1")
                .description(text("api.docs.description", language)));
        api.schemaRequirement("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description(text("api.docs.auth.basic", language)));
        api.schemaRequirement("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("coh_…").description(text("api.docs.auth.token", language)));
        api.setSecurity(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("token")));
        api.getComponents().addSchemas(PROBLEM, problemSchema(language));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(path, method, operation, language)));
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation, Locale language) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        // springdoc reads the controllers' exception handlers and adds their answers to every call; the
        // problems below are the ones the API truly gives, each with the same schema.
        responses.keySet().removeIf(status -> !status.startsWith("2"));
        responses.forEach((status, answer) -> answer.setDescription(messages.getMessage("api.docs.response." + status, null,
                answer.getDescription(), language)));
        boolean body = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        boolean named = path.contains("{");
        if (body) {
            problem(responses, "400", language);
        }
        problem(responses, "401", language);
        problem(responses, "403", language);
        if (named) {
            problem(responses, "404", language);
        }
        if (method == PathItem.HttpMethod.PUT) {
            problem(responses, "409", language);
        }
        if (body) {
            problem(responses, "413", language);
        }
        problem(responses, "503", language);
        operation.setResponses(responses);

        List<DocumentedLimits.Limit> limits = new ArrayList<>();
        if (body) {
            limits.add(new DocumentedLimits.Limit("bodyBytes", apiLimits.maxBodySize().toBytes(), "COHORTE_API_MAX_BODY_SIZE"));
            limits.add(new DocumentedLimits.Limit("jsonDepth", apiLimits.maxJsonDepth(), "COHORTE_API_MAX_JSON_DEPTH"));
            moduleLimits.stream().filter(documented -> path.startsWith(documented.pathPrefix()))
                    .forEach(documented -> limits.addAll(documented.limits()));
        }
        if (!limits.isEmpty()) {
            List<Map<String, Object>> described = new ArrayList<>();
            for (DocumentedLimits.Limit limit : limits) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("name", limit.name());
                one.put("maximum", limit.maximum());
                if (limit.setting() != null) {
                    one.put("setting", limit.setting());
                }
                described.add(one);
            }
            operation.addExtension(LIMITS, described);
        }
    }

    private void problem(ApiResponses responses, String status, Locale language) {
        responses.addApiResponse(status, new ApiResponse().description(text("api.docs.response." + status, language))
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private Schema<?> problemSchema(Locale language) {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description(text("api.docs.problem.field", language)))
                .addProperty("message", new StringSchema().description(text("api.docs.problem.message", language)));
        return new ObjectSchema().description(text("api.docs.problem", language))
                .addProperty("type", new StringSchema().example("/problems/limit-exceeded"))
                .addProperty("code", new StringSchema().description(text("api.docs.problem.code", language)))
                .addProperty("title", new StringSchema().description(text("api.docs.problem.title", language)))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description(text("api.docs.problem.detail", language)))
                .addProperty("errors", new ArraySchema().items(error))
                .addProperty("limit", new StringSchema().description(text("api.docs.problem.limit", language)))
                .addProperty("maximum", new IntegerSchema().format("int64"))
                .addProperty("actual", new IntegerSchema().format("int64"))
                .required(List.of("type", "code", "title", "status"));
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}
