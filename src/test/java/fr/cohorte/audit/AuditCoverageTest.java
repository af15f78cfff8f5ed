package fr.cohorte.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route that changes something leaves an entry in the audit trail: who, when, what was changed
 * (the entry's target) and what was done, as a message code both languages can read. A route missing
 * from the scenarios below fails the test: nobody can add a change without deciding how it is audited.
 * Routes that change nothing durable are listed with their reason, and the test checks that calling
 * them leaves every table as it was.
 */
// Its own context, so its own database: the scenarios change the demo (a co-publisher, a participant in
// session 34's cohort), which the other demo tests, sharing one context, count on as it was.
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.test.context=audit-coverage"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditCoverageTest {



    enum Caller { ANONYMOUS, PARTICIPANT, JURY, COORDINATOR, STAFF, ADMIN }

    /** A call of a route as a person would make it; returns the target the audit entry must name. */
    @FunctionalInterface
    interface Call {
        String run() throws Exception;
    }

    /** A call of a route that changes nothing durable. */
    @FunctionalInterface
    interface Harmless {
        void run() throws Exception;
    }

    sealed interface Scenario permits Audited, ChangesNothing {
    }

    record Audited(Call call) implements Scenario {
    }

    record ChangesNothing(String reason, Harmless call) implements Scenario {
    }

    static final String PASSWORD = "Le mot de passe de la couverture du journal";
    /** Tables that a call changing nothing may still write to: the HTTP session, the trail itself, the search agent's heartbeat. */
    static final Set<String> BOOKKEEPING = Set.of("spring_session", "spring_session_attributes", "audit_event",
            "hsearch_agent", "hsearch_outbox_event", "flyway_schema_history", "login_throttle");

    /**
     * Actions whose name, read in both bundles ({@code audit.PASSWORD_SET}), says all there is to say:
     * their entries need no detail. A creation, change or deletion always tells what it did.
     */
    static final Set<String> SELF_DESCRIBING = Set.of("LOGIN_SUCCEEDED", "PASSWORD_SET", "PASSWORD_RESET_REQUESTED", "LOGGED_OUT_EVERYWHERE",
            "LOGIN_THROTTLE_CLEARED", "REINDEXED");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /**
     * The route a scenario is about, and the last entry of the trail before the scenario's last call
     * of it: what the scenario prepared beforehand (through other routes) does not count.
     */
    private final class RouteUnderTest {
        final String method;
        final Pattern path;
        final boolean countRows;
        long before = -1;
        Map<String, Long> rows;

        RouteUnderTest(String route, boolean countRows) {
            method = route.substring(0, route.indexOf(' '));
            path = Pattern.compile(regex(route.substring(route.indexOf(' ') + 1)));
            this.countRows = countRows;
        }

        void calling(String method, String uri) {
            String bare = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
            if (this.method.equals(method) && path.matcher(bare).matches()) {
                before = lastEntry();
                if (countRows) {
                    rows = rowCounts();
                }
            }
        }
    }

    private RouteUnderTest current;

    /** Told by each visitor before it sends a request. */
    void calling(String method, String path) {
        if (current != null) {
            current.calling(method, path);
        }
    }

    /** A route's pattern as a regular expression: {@code {name}} is one segment, {@code {name:regex}} its regex. */
    static String regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < pattern.length(); end++) {
                if (pattern.charAt(end) == '{') {
                    depth++;
                } else if (pattern.charAt(end) == '}' && --depth == 0) {
                    break;
                }
            }
            String variable = pattern.substring(i + 1, end);
            int colon = variable.indexOf(':');
            regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1)).append(')');
            i = end + 1;
        }
        return regex.toString();
    }

    private final Map<Caller, Visitor> visitors = new EnumMap<>(Caller.class);
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private Properties french;
    private Properties english;

    @BeforeAll
    void accountsAndScenarios() throws IOException {
        accounts.create(email(Caller.PARTICIPANT), RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
        accounts.create(email(Caller.JURY), RoleGrant.scoped(Role.JURY, 34), PASSWORD);
        accounts.create(email(Caller.COORDINATOR), RoleGrant.scoped(Role.COORDINATOR, 1), PASSWORD);
        accounts.create(email(Caller.STAFF), RoleGrant.global(Role.STAFF), PASSWORD);
        accounts.create(email(Caller.ADMIN), RoleGrant.global(Role.ADMIN), PASSWORD);
        // The participant writes notes and reads a programme: they are one of the 34th session's cohort.
        jdbc.update("insert into participant (session_id, person_id, background_id) select s.id, a.person_id,"
                + " (select min(id) from background) from session s, account a where s.number = 34 and a.email = ?", email(Caller.PARTICIPANT));
        french = bundle("messages.properties");
        english = bundle("messages_en.properties");
        new AuditScenarios(this).declare();
        new AuditScenariosAbove(this).declare();
    }

    @Test
    void everyStateChangingRouteIsExercisedOrSaidToChangeNothing() {
        Set<String> declared = stateChangingRoutes();
        assertThat(declared).as("routes enumerated").isNotEmpty();
        assertThat(new TreeSet<>(declared))
                .as("state-changing routes without a scenario: say how their change is audited, or why they change nothing")
                .allSatisfy(route -> assertThat(scenarios).containsKey(route));
        assertThat(new TreeSet<>(scenarios.keySet()))
                .as("scenarios of routes that no longer exist")
                .allSatisfy(route -> assertThat(declared).contains(route));
    }

    @Test
    void everyStateChangingRouteLeavesAnAuditEntryNamingWhatItChangedInBothLanguages() {
        Map<String, String> wrong = new TreeMap<>();
        scenarios.forEach((route, scenario) -> {
            if (!(scenario instanceof Audited audited)) {
                return;
            }
            current = new RouteUnderTest(route, false);
            String target;
            try {
                target = audited.call().run();
            } catch (Exception | AssertionError e) {
                wrong.put(route, "the scenario failed: " + e);
                return;
            }
            assertThat(current.before).as(route + ": the scenario never called its route").isGreaterThanOrEqualTo(0);
            List<Map<String, Object>> entries = jdbc.queryForList(
                    "select action, target, detail_code, detail from audit_event where id > ? order by id", current.before);
            String verdict = verdict(target, entries);
            if (verdict != null) {
                wrong.put(route, verdict);
            }
        });
        assertThat(wrong).as("routes whose change is not audited as it should be").isEmpty();
    }

    @Test
    void routesSaidToChangeNothingLeaveEveryTableAsItWas() {
        Map<String, String> wrong = new TreeMap<>();
        scenarios.forEach((route, scenario) -> {
            if (!(scenario instanceof ChangesNothing harmless)) {
                return;
            }
            current = new RouteUnderTest(route, true);
            try {
                harmless.call().run();
            } catch (Exception | AssertionError e) {
                wrong.put(route, "the scenario failed: " + e);
                return;
            }
            assertThat(current.rows).as(route + ": the scenario never called its route").isNotNull();
            Map<String, Long> before = current.rows;
            Map<String, Long> after = rowCounts();
            if (!before.equals(after)) {
                Map<String, String> changed = new TreeMap<>();
                after.forEach((table, count) -> {
                    if (!count.equals(before.get(table))) {
                        changed.put(table, before.get(table) + " → " + count);
                    }
                });
                wrong.put(route, "said to change nothing (" + harmless.reason() + ") but changed " + changed);
            }
        });
        assertThat(wrong).isEmpty();
    }

    /**
     * Null when a new entry names the target and every new entry tells what was done by a code of both
     * bundles (or by an action whose name says it all); otherwise what is wrong.
     */
    private String verdict(String target, List<Map<String, Object>> entries) {
        if (entries.stream().noneMatch(e -> target.equals(e.get("target")))) {
            return "no audit entry names " + target + "; new entries: " + entries;
        }
        List<Map<String, Object>> asTyped = entries.stream().filter(entry -> !readInBothLanguages(entry)).toList();
        return asTyped.isEmpty() ? null : "entries tell what was done as typed, not as a code of both bundles: " + asTyped;
    }

    private boolean readInBothLanguages(Map<String, Object> entry) {
        String code = (String) entry.get("detail_code");
        if (code == null) {
            return entry.get("detail") == null && SELF_DESCRIBING.contains(String.valueOf(entry.get("action")));
        }
        return french.containsKey(code) && english.containsKey(code);
    }

    // --- what scenarios use ---

    void audited(String route, Call call) {
        assertThat(scenarios.put(route, new Audited(call))).as("two scenarios for " + route).isNull();
    }

    void changesNothing(String route, String reason, Harmless call) {
        assertThat(scenarios.put(route, new ChangesNothing(reason, call))).as("two scenarios for " + route).isNull();
    }

    Visitor as(Caller caller) {
        return visitors.computeIfAbsent(caller, c -> {
            Visitor visitor = new Visitor(this);
            if (c != Caller.ANONYMOUS) {
                visitor.logIn(email(c), PASSWORD);
            }
            return visitor;
        });
    }

    /** A visitor of their own, for calls that end the visitor's session or change their password. */
    Visitor freshVisitor(String email) {
        Visitor visitor = new Visitor(this);
        visitor.logIn(email, PASSWORD);
        return visitor;
    }

    String newAccount(String name, RoleGrant grant) {
        return accounts.create(name + System.nanoTime() + "@couverture.test", grant, PASSWORD);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A service of the application, for what a scenario prepares without going through pages. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    long id(String sql, Object... arguments) {
        Long id = jdbc.queryForObject(sql, Long.class, arguments);
        assertThat(id).as(sql).isNotNull();
        return id;
    }

    /** The newest link of a mail to that address, as its recipient would click it. */
    String mailedLink(String recipient, String path) {
        Pattern link = Pattern.compile(Pattern.quote(path) + "[A-Za-z0-9_-]+");
        for (String body : jdbc.queryForList("select body from mail_outbox where recipient = ? order by id desc", String.class, recipient)) {
            Matcher matcher = link.matcher(body);
            if (matcher.find()) {
                return matcher.group();
            }
        }
        throw new AssertionError("no mail to " + recipient + " links to " + path);
    }

    static String email(Caller caller) {
        return caller.name().toLowerCase() + "@couverture.test";
    }

    private long lastEntry() {
        Long last = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        return last == null ? 0 : last;
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE' order by table_name", String.class)) {
            if (!BOOKKEEPING.contains(table)) {
                counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
            }
        }
        return counts;
    }

    private Set<String> stateChangingRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("POST " + pattern);
                } else {
                    methods.stream().map(Enum::name).filter(m -> !m.equals("GET") && !m.equals("HEAD") && !m.equals("OPTIONS"))
                            .forEach(method -> routes.add(method + " " + pattern));
                }
            }
        }
        return routes;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /**
     * A browser without JavaScript: keeps its cookies, reads pages, and submits a page's form with
     * every value the form holds (as a click would), some of them changed; API calls go with a
     * password as integrators' clients do.
     */
    static final class Visitor {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        private final AuditCoverageTest test;
        private final int port;
        private String email;
        private Document page;
        private int status;

        Visitor(AuditCoverageTest test) {
            this.test = test;
            this.port = test.port;
        }

        void logIn(String email, String password) {
            this.email = email;
            get("/login");
            form("/login").set("email", email).set("password", password).submit();
            assertThat(page.location()).as("login of " + email).endsWith("/me");
        }

        Document get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("Accept-Language", "fr").GET());
        }

        /** The form of the page last read that posts to {@code action}, with the values it holds. */
        Form form(String action) {
            Element form = page.selectFirst("form[method=post][action=" + action + "]");
            assertThat(form).as("a form posting to " + action + " on " + page.location()).isNotNull();
            return new Form(this, action, form);
        }

        /**
         * Does an action that cannot be undone as a person does: opens its confirmation (a GET on the
         * action's address, which states the consequences) and submits the form found there.
         */
        Visitor confirm(String action) {
            get(action);
            return form(action).submit();
        }

        /** Posts fields without reading a form, with the CSRF token of the last page read. */
        Document post(String path, String... fields) {
            List<Map.Entry<String, String>> values = new ArrayList<>();
            values.add(new SimpleEntry<>("_csrf", csrf()));
            for (int i = 0; i + 1 < fields.length; i += 2) {
                values.add(new SimpleEntry<>(fields[i], fields[i + 1]));
            }
            return postForm(path, values);
        }

        String csrf() {
            String token = page == null ? "" : page.select("meta[name=_csrf]").attr("content");
            if (token.isEmpty()) {
                token = page == null ? "" : page.select("input[name=_csrf]").val();
            }
            if (token.isEmpty()) {
                get("/login");
                token = page.select("meta[name=_csrf]").attr("content");
                if (token.isEmpty()) {
                    token = page.select("input[name=_csrf]").val();
                }
            }
            return token;
        }

        Document postForm(String path, List<Map.Entry<String, String>> values) {
            StringBuilder body = new StringBuilder();
            for (var value : values) {
                if (!body.isEmpty()) {
                    body.append('&');
                }
                body.append(encode(value.getKey())).append('=').append(encode(value.getValue()));
            }
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").header("Accept-Language", "fr")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        Document postMultipart(String path, List<Map.Entry<String, String>> values, String fileField, String filename,
                               String contentType, byte[] content) {
            String boundary = "----couverture" + System.nanoTime();
            var body = new java.io.ByteArrayOutputStream();
            for (var value : values) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + value.getKey() + "\"\r\n\r\n"
                        + value.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "text/html").header("Accept-Language", "fr")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        /** A JSON call of the API with this visitor's login and password. */
        HttpResponse<String> api(String method, String path, String json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            test.calling(method, path);
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        Document page() {
            return page;
        }

        /** A file the page offers, as bytes. */
        byte[] download(String path) {
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).as("download of " + path).isEqualTo(200);
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        int status() {
            return status;
        }

        /** Fails unless the last answer was a page shown without error. */
        Visitor succeeded() {
            assertThat(status).as("answer to the last call, at " + (page == null ? "?" : page.location())
                    + (page == null ? "" : ": " + page.select(".fr-alert--error, .fr-error-text, .fr-message--error").text())).isLessThan(400);
            assertThat(page == null ? "" : page.select(".fr-alert--error, .fr-error-text, p.fr-message--error").stream()
                    .filter(alert -> alert.parents().stream().noneMatch(p -> p.hasAttr("hidden")) && !alert.hasAttr("hidden"))
                    .map(Element::text).collect(java.util.stream.Collectors.joining(" / ")))
                    .as("refusal shown at " + (page == null ? "?" : page.location())).isEmpty();
            return this;
        }

        private Document send(HttpRequest.Builder request) {
            HttpRequest built = request.build();
            test.calling(built.method(), built.uri().getPath());
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                page = Jsoup.parse(response.body(), response.uri().toString());
                return page;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private URI uri(String path) {
            return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /** A page's form with the values a browser would send, some of them set by the scenario. */
    static final class Form {

        private final Visitor visitor;
        private final String action;
        private final boolean multipart;
        private final List<Map.Entry<String, String>> values = new ArrayList<>();

        Form(Visitor visitor, String action, Element form) {
            this.visitor = visitor;
            this.action = action;
            this.multipart = form.attr("enctype").contains("multipart");
            for (Element field : form.select("input, select, textarea")) {
                String name = field.attr("name");
                if (name.isEmpty() || field.hasAttr("disabled")) {
                    continue;
                }
                String type = field.attr("type");
                switch (field.tagName()) {
                    case "select" -> {
                        Element chosen = field.selectFirst("option[selected]");
                        if (chosen == null && !field.hasAttr("multiple")) {
                            chosen = field.selectFirst("option");
                        }
                        if (chosen != null) {
                            values.add(new SimpleEntry<>(name, chosen.val()));
                        }
                    }
                    case "textarea" -> values.add(new SimpleEntry<>(name, field.val()));
                    default -> {
                        if (type.equals("submit") || type.equals("button") || type.equals("file") || type.equals("reset")) {
                            continue;
                        }
                        if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                            continue;
                        }
                        values.add(new SimpleEntry<>(name, type.equals("checkbox") || type.equals("radio")
                                ? (field.hasAttr("value") ? field.val() : "on") : field.val()));
                    }
                }
            }
        }

        /** Sets a field to one value, as typing in it or choosing it would. */
        Form set(String name, String value) {
            values.removeIf(v -> v.getKey().equals(name));
            values.add(new SimpleEntry<>(name, value));
            return this;
        }

        /** Adds one more value to a field that takes several (a ticked box of a list). */
        Form add(String name, String value) {
            values.add(new SimpleEntry<>(name, value));
            return this;
        }

        Form clear(String name) {
            values.removeIf(v -> v.getKey().equals(name));
            return this;
        }

        Visitor submit() {
            if (multipart) {
                visitor.postMultipart(action, values, "__none", "", "application/octet-stream", new byte[0]);
            } else {
                visitor.postForm(action, values);
            }
            return visitor.succeeded();
        }

        Visitor submitWithFile(String field, String filename, String contentType, byte[] content) {
            visitor.postMultipart(action, values, field, filename, contentType, content);
            return visitor.succeeded();
        }
    }
}
