package fr.cohorte;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A visitor with cookies but no JavaScript: reads pages and submits their forms the way a browser
 * does, CSRF token included, so tests go through the same doors as people.
 */
public final class BrowserlessSession {

    private final HttpClient http;
    private final int port;
    private Document lastPage;
    private HttpResponse<String> lastResponse;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    public BrowserlessSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Makes every later request come from this client address, as a trusted proxy in front of
     * Cohorte would say in {@code X-Forwarded-For} (the tests' loopback is a trusted proxy by default).
     */
    public BrowserlessSession from(String clientAddress) {
        return withHeader("X-Forwarded-For", clientAddress);
    }

    /** Sends this header with every later request, as a client or a proxy in front of Cohorte would. */
    public BrowserlessSession withHeader(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public Document get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("Accept-Language", "fr").GET());
    }

    /** Fills the fields of the page's form that posts to {@code action} and submits it, as a click would. */
    public Document submit(String action, Map<String, String> fields) {
        Element form = lastPage.selectFirst("form[method=post][action=" + action + "]");
        if (form == null) {
            throw new AssertionError("No form posting to " + action + " on " + lastResponse.uri());
        }
        Map<String, String> values = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> values.put(input.attr("name"), input.val()));
        values.putAll(fields);
        return post(action, values, lastResponse.uri().toString());
    }

    /**
     * Does an action that cannot be undone as a person does, in two clicks: opens its confirmation (a GET on
     * the action's URL) and submits the form found there.
     */
    public Document confirm(String action) {
        get(action);
        return submit(action, Map.of());
    }

    /** Chooses a file in the page's upload form that posts to {@code action} and submits it. */
    public Document submitFile(String action, String field, String filename, String contentType, byte[] content) {
        Element form = lastPage.selectFirst("form[method=post][action=" + action + "]");
        if (form == null) {
            throw new AssertionError("No form posting to " + action + " on " + lastResponse.uri());
        }
        String boundary = "----cohorte" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Element input : form.select("input[type=hidden]")) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + input.attr("name") + "\"\r\n\r\n"
                    + input.val() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts without reading a form first: what a forged request from another site would do. */
    public Document post(String path, Map<String, String> values) {
        return post(path, values, null);
    }

    /** A form's post says, as a browser's does, the page it was sent from ({@code referer}, null for none). */
    private Document post(String path, Map<String, String> values, String referer) {
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("Accept-Language", "fr");
        if (referer != null) {
            request.header("Referer", referer);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Submits the page's multipart form that posts to {@code action} with one file chosen, as a
     * browser does: hidden fields (CSRF token included), the given fields, then the file.
     */
    public Document submitWithFile(String action, Map<String, String> fields, String fileField, String filename,
                                   String contentType, byte[] content) {
        Element form = lastPage.selectFirst("form[method=post][action=" + action + "]");
        if (form == null) {
            throw new AssertionError("No form posting to " + action + " on " + lastResponse.uri());
        }
        Map<String, String> values = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> values.put(input.attr("name"), input.val()));
        values.putAll(fields);
        String boundary = "----cohorte" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        values.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Document logIn(String email, String password) {
        get("/login");
        return submit("/login", Map.of("email", email, "password", password));
    }

    /** A file the page offers for download, as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return lastResponse.statusCode();
    }

    public String path() {
        return lastResponse.uri().getPath();
    }

    public Document page() {
        return lastPage;
    }

    private Document send(HttpRequest.Builder request) {
        extraHeaders.forEach(request::header);
        try {
            lastResponse = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        lastPage = Jsoup.parse(lastResponse.body(), lastResponse.uri().toString());
        return lastPage;
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
