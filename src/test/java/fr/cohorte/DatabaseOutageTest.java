package fr.cohorte;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database dies or freezes under a running Cohorte: pages and the API say "temporarily
 * unavailable" within seconds instead of hanging, health says DOWN, and everything comes back by
 * itself. Each scenario runs its own PostgreSQL, so that the other tests' server is left alone.
 */
class DatabaseOutageTest {

    /**
     * Longer than any bounded wait of the application: a request still unanswered by then hangs. A
     * page may wait for the read bound (20 s) when its pooled connection was sent a query just before
     * the freeze; health has its own bound of 3 s.
     */
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final Duration HEALTH_HANG = Duration.ofSeconds(10);
    private static final String ADMIN = "admin@cohorte.test";
    private static final String ADMIN_PASSWORD = "Un mot de passe de test assez long";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(HANG).build();

    @TempDir
    Path data;

    @Test
    void aFrozenDatabaseMakesPagesAndHealthSayUnavailableThenEverythingComesBackWhenItThaws() throws Exception {
        Path cluster = data.resolve("postgres");
        try (ConfigurableApplicationContext cohorte = start("--cohorte.embedded-postgres.data-directory=" + cluster)) {
            int port = port(cohorte);
            assertThat(health(port, "/actuator/health").statusCode()).isEqualTo(200);

            List<ProcessHandle> frozen = DatabaseProcesses.freeze(cluster);
            try {
                assertThat(health(port, "/actuator/health").statusCode()).isEqualTo(503);
                assertThat(health(port, "/actuator/health/readiness").statusCode()).isEqualTo(503);
                assertThat(health(port, "/actuator/health/liveness").statusCode())
                        .as("the application recovers by itself: restarting it would not help").isEqualTo(200);

                HttpResponse<String> french = get(port, "/", "fr");
                assertThat(french.statusCode()).isEqualTo(503);
                assertThat(french.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
                assertThat(french.body()).contains("Service temporairement indisponible").contains("fr-header").contains("lang=\"fr\"");

                HttpResponse<String> english = get(port, "/", "en");
                assertThat(english.statusCode()).isEqualTo(503);
                assertThat(english.body()).contains("Service temporarily unavailable").contains("lang=\"en\"");

                HttpResponse<String> api = send(request(port, "/api/v1/sessions").header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).GET());
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(api.headers().firstValue("Retry-After")).isPresent();
            } finally {
                DatabaseProcesses.signalAll(frozen, "CONT");
            }

            DatabaseProcesses.await("healthy again", Duration.ofSeconds(30), () -> health(port, "/actuator/health").statusCode() == 200);
            assertThat(get(port, "/", "fr").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aKilledEmbeddedDatabaseIsStartedAgainAndKeepsWhatWasCommitted() throws Exception {
        Path cluster = data.resolve("postgres");
        // Durable as in the default run: without it, this very test loses the committed change.
        try (ConfigurableApplicationContext cohorte = start("--cohorte.embedded-postgres.data-directory=" + cluster,
                "--cohorte.embedded-postgres.durable=true")) {
            int port = port(cohorte);
            JdbcTemplate jdbc = new JdbcTemplate(cohorte.getBean(DataSource.class));
            jdbc.update("update site_page set body_fr = 'Écrit avant la panne' where slug = 'accessibilite'");
            ProcessHandle killed = DatabaseProcesses.postmaster(cluster);

            DatabaseProcesses.signal(killed, "KILL");

            assertThat(health(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
            DatabaseProcesses.await("started again", Duration.ofSeconds(60), () -> EmbeddedPostgresServer.postmaster(cluster)
                    .filter(postmaster -> postmaster.pid() != killed.pid()).isPresent());
            DatabaseProcesses.await("healthy again", Duration.ofSeconds(30), () -> health(port, "/actuator/health").statusCode() == 200);
            DatabaseProcesses.await("serving pages again", Duration.ofSeconds(30), () -> get(port, "/", "fr").statusCode() == 200);
            assertThat(jdbc.queryForObject("select body_fr from site_page where slug = 'accessibilite'", String.class))
                    .isEqualTo("Écrit avant la panne");
        }
    }

    @Test
    void anEmbeddedDatabaseThatCannotBeStartedAgainBreaksLivenessUntilItIs() throws Exception {
        Path cluster = data.resolve("postgres");
        try (ConfigurableApplicationContext cohorte = start("--cohorte.embedded-postgres.data-directory=" + cluster,
                "--cohorte.embedded-postgres.give-up-after=2s", "--cohorte.embedded-postgres.startup-wait=5s")) {
            int port = port(cohorte);
            Path version = cluster.resolve("PG_VERSION");
            Path hidden = data.resolve("PG_VERSION.hidden");
            ProcessHandle killed = DatabaseProcesses.postmaster(cluster);

            // Without this file the folder is no cluster for PostgreSQL: every start fails.
            Files.move(version, hidden);
            DatabaseProcesses.signal(killed, "KILL");
            DatabaseProcesses.await("reported broken", Duration.ofSeconds(60), () -> health(port, "/actuator/health/liveness").statusCode() == 503);
            assertThat(get(port, "/", "fr").statusCode()).isEqualTo(503);

            Files.move(hidden, version);
            DatabaseProcesses.await("alive again", Duration.ofSeconds(60), () -> health(port, "/actuator/health/liveness").statusCode() == 200);
            DatabaseProcesses.await("serving pages again", Duration.ofSeconds(30), () -> get(port, "/", "fr").statusCode() == 200);
        }
    }

    @Test
    void anExternalDatabaseThatGoesAwayIsReconnectedWhenItReturns() throws Exception {
        Path external = data.resolve("external");
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(external).setCleanDataDirectory(false).start();
        int databasePort = server.getPort();
        try (ConfigurableApplicationContext cohorte = start(
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres")) {
            int port = port(cohorte);
            assertThat(get(port, "/", "fr").statusCode()).isEqualTo(200);

            server.close();
            assertThat(get(port, "/", "fr").statusCode()).isEqualTo(503);
            assertThat(health(port, "/actuator/health").statusCode()).isEqualTo(503);

            server = EmbeddedPostgres.builder().setDataDirectory(external).setCleanDataDirectory(false).setPort(databasePort).start();
            DatabaseProcesses.await("serving pages again", Duration.ofSeconds(30), () -> get(port, "/", "fr").statusCode() == 200);
            assertThat(health(port, "/actuator/health").statusCode()).isEqualTo(200);
        } finally {
            server.close();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(CohorteApplication.class)
                .profiles("test")
                .properties("server.port=0")
                .run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private HttpResponse<String> health(int port, String path) {
        return send(request(port, path).timeout(HEALTH_HANG).GET());
    }

    private HttpResponse<String> get(int port, String path, String language) {
        return send(request(port, path).header("Accept", "text/html").header("Accept-Language", language).GET());
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(HANG);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("No answer from Cohorte: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
