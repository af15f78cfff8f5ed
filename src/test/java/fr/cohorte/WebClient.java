package fr.cohorte;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP against the running test server, as a browser without JavaScript would see it. */
public final class WebClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public WebClient(int port) {
        this.port = port;
    }

    public HttpResponse<String> page(String path) {
        return page(path, "fr");
    }

    /** A page as a browser asks for it, in the given {@code Accept-Language}. */
    public HttpResponse<String> page(String path, String acceptLanguage) {
        return send(request(path).header("Accept", "text/html").header("Accept-Language", acceptLanguage).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
