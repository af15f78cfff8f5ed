package fr.cohorte;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts Cohorte the way its users do, to check where its data goes and that it stays. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestartAndTheDemoIsNotLoadedTwice() {
        try (ConfigurableApplicationContext first = start("--cohorte.embedded-postgres.data-directory=" + dataDirectory)) {
            assertThat(sessionCount(first)).isEqualTo(1);
            jdbc(first).update("update session set theme = 'Thème modifié avant redémarrage' where number = 34");
        }
        assertThat(dataDirectory.resolve("PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start("--cohorte.embedded-postgres.data-directory=" + dataDirectory)) {
            assertThat(sessionCount(second)).isEqualTo(1);
            assertThat(jdbc(second).queryForObject("select theme from session where number = 34", String.class))
                    .isEqualTo("Thème modifié avant redémarrage");
        }
    }

    @Test
    void theDefaultRunCommitsDurably() {
        try (ConfigurableApplicationContext cohorte = start("--cohorte.embedded-postgres.data-directory=" + dataDirectory)) {
            assertThat(setting(cohorte, "fsync")).isEqualTo("on");
            assertThat(setting(cohorte, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(cohorte, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void everyConnectionBoundsItsStatementsAndLockWaits() {
        try (ConfigurableApplicationContext cohorte = start("--cohorte.embedded-postgres.data-directory=" + dataDirectory)) {
            assertThat(setting(cohorte, "statement_timeout")).isEqualTo("15s");
            assertThat(setting(cohorte, "lock_timeout")).isEqualTo("5s");
            assertThat(setting(cohorte, "idle_in_transaction_session_timeout")).isEqualTo("1min");
            assertThat(((HikariDataSource) cohorte.getBean(DataSource.class)).getConnectionTimeout()).isEqualTo(3000);
        }
    }

    @Test
    void anExternalDatabaseUrlIsUsedAndNoEmbeddedServerStarts() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dataDirectory.resolve("external"))
                .setCleanDataDirectory(true).start();
             ConfigurableApplicationContext context = start(
                     "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres",
                     "--cohorte.embedded-postgres.data-directory=" + dataDirectory.resolve("must-not-exist"))) {

            assertThat(context.getBeansOfType(EmbeddedPostgresConfiguration.EmbeddedPostgresLease.class)).isEmpty();
            assertThat(((HikariDataSource) context.getBean(DataSource.class)).getJdbcUrl())
                    .isEqualTo(external.getJdbcUrl("postgres", "postgres"));
            assertThat(sessionCount(context)).isEqualTo(1);
            assertThat(dataDirectory.resolve("must-not-exist")).doesNotExist();
            assertThat(setting(context, "statement_timeout")).as("the same bounded waits as the embedded database").isEqualTo("15s");
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(CohorteApplication.class)
                .properties("server.port=0", "cohorte.demo.enabled=true", "spring.main.banner-mode=off")
                .run(args);
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return new JdbcTemplate(context.getBean(DataSource.class));
    }

    private static String setting(ConfigurableApplicationContext context, String name) {
        return jdbc(context).queryForObject("show " + name, String.class);
    }

    private static int sessionCount(ConfigurableApplicationContext context) {
        return jdbc(context).queryForObject("select count(*) from session", Integer.class);
    }
}
