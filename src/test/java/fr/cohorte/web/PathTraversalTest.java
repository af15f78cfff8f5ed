package fr.cohorte.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No address reads a file it does not name: every route that reads with a part of its path (downloads
 * of documents, CVs, photos, PDFs, EPUBs, attachments and exports among them) is asked, by an
 * administrator who may read everything, for {@code ../../etc/passwd} in the usual disguises. Each is
 * refused (400 or 404), none serves a byte of the file, none fails with a server error.
 */
@CohorteTest
class PathTraversalTest {

    static final String PASSWORD = "Aucun fichier hors de sa place";
    /** As attackers write them: encoded, double-encoded, backslashed, with a path parameter, a NUL. */
    static final List<String> DISGUISES = List.of("..%2F..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "..%252F..%252Fetc%252Fpasswd", "..%5C..%5C..%5Cwindows%5Cwin.ini", "..;", "%2e%2e", "..%00", "1%00.pdf", "..%c0%af..%c0%afetc");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noRouteReadsAFileOutsideItsPlaceWhateverThePathSays() {
        String admin = accounts.create("traversee-" + System.nanoTime() + "@example.org", RoleGrant.global(Role.ADMIN), PASSWORD);
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.logIn(admin, PASSWORD);
        HttpClient api = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString((admin + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        Set<String> routes = readingRoutesWithAPathPart();
        List<String> wrong = new ArrayList<>();
        for (String route : routes) {
            for (String disguise : DISGUISES) {
                String path = withEveryVariable(route, disguise);
                int status;
                String body;
                if (path.startsWith("/api/")) {
                    HttpResponse<String> answer = send(api, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", basic).GET());
                    status = answer.statusCode();
                    body = answer.body();
                } else {
                    HttpResponse<byte[]> answer = browser.download(path);
                    status = answer.statusCode();
                    body = new String(answer.body(), StandardCharsets.ISO_8859_1);
                }
                if (status != 400 && status != 404) {
                    wrong.add(path + ": " + status);
                }
                if (body.contains("root:x:0:0") || body.contains("[fonts]")) {
                    wrong.add(path + ": served a file of the system");
                }
            }
        }
        assertThat(routes).as("routes that read with a part of their path").hasSizeGreaterThan(40)
                .anyMatch(route -> route.contains("/documents/")).anyMatch(route -> route.endsWith("/pdf"));
        assertThat(wrong).isEmpty();
    }

    private Set<String> readingRoutesWithAPathPart() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            info.getPathPatternsCondition().getPatternValues().stream().filter(pattern -> pattern.contains("{")).forEach(routes::add);
        }
        return routes;
    }

    /** The route with each of its variables ({@code {id}}, {@code {number:\\d{1,9}}}) given as {@code value}. */
    private static String withEveryVariable(String route, String value) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        for (char c : route.toCharArray()) {
            if (c == '{' && depth++ == 0) {
                path.append(value);
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                path.append(c);
            }
        }
        return path.toString();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
