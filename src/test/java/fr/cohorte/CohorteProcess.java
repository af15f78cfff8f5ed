package fr.cohorte;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Cohorte in a Java process of its own, started the way {@code ./mvnw spring-boot:run} starts it
 * (default profile, durable embedded PostgreSQL, demo data), so that a test can kill it or stop it
 * as an operator or a crash would.
 */
final class CohorteProcess implements AutoCloseable {

    private static final Duration START_BOUND = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CohorteProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts Cohorte on the data folder and waits until it serves pages, or fails if it exits first. */
    static CohorteProcess start(Path dataFolder, String name) {
        CohorteProcess cohorte = launch(dataFolder, name);
        cohorte.awaitServing();
        return cohorte;
    }

    /** Starts Cohorte on the data folder, expecting it to refuse to start: the exit code and the log. */
    static CohorteProcess refusedStart(Path dataFolder, String name) {
        CohorteProcess cohorte = launch(dataFolder, name);
        cohorte.awaitExit();
        return cohorte;
    }

    private static CohorteProcess launch(Path dataFolder, String name) {
        try {
            int port = freePort();
            Path log = dataFolder.resolve(name + ".log");
            Files.createDirectories(dataFolder);
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    CohorteApplication.class.getName(),
                    "--server.port=" + port,
                    "--cohorte.embedded-postgres.data-directory=" + dataFolder.resolve("postgres"),
                    "--cohorte.publication.directory=" + dataFolder.resolve("publications"),
                    "--cohorte.search.index-directory=" + dataFolder.resolve("index"),
                    "--cohorte.demo.render-book=false",
                    "--cohorte.publication.warm-up-renderer=false",
                    "--cohorte.account.admin-password=Un mot de passe de test assez long",
                    "--spring.main.banner-mode=off"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new CohorteProcess(process, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitServing() {
        try {
            Awaitility.await("Cohorte serving").atMost(START_BOUND).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError("Cohorte exited with " + process.exitValue() + " before serving; its log ends with:\n" + tail());
                }
                try {
                    return get("/actuator/health/readiness").statusCode() == 200;
                } catch (IOException notListeningYet) {
                    return false;
                }
            });
        } catch (ConditionTimeoutException late) {
            process.destroyForcibly();
            throw new AssertionError("Cohorte did not serve within " + START_BOUND + "; its log ends with:\n" + tail());
        }
    }

    HttpResponse<String> get(String path) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    int port() {
        return port;
    }

    /** As a crash or {@code kill -9} would: nothing of Cohorte runs its shutdown. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** As an operator, systemd or an orchestrator would: SIGTERM, then wait for the exit. */
    int terminate() {
        process.destroy();
        return awaitExit();
    }

    int awaitExit() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("Cohorte did not exit within 2 minutes; its log ends with:\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        List<String> lines = logLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
