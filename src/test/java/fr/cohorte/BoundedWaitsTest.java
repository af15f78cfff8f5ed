package fr.cohorte;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change that waits too long on a lock is cut by the lock timeout and rolled back whole: the
 * person sees "temporarily unavailable, nothing was saved", and can send it again.
 */
@CohorteTest(properties = "cohorte.database.lock-timeout=1s")
class BoundedWaitsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anImportCutByALockTimeoutStoresNoneOfItsLinesAndCanBeConfirmedAgain() throws Exception {
        accounts.create("attente-bornee@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe des attentes bornées");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("attente-bornee@cohorte.test", "Le mot de passe des attentes bornées");
        String csv = "prenom;nom;organisation\nAlice;Attente;Organisation de l’attente\nBruno;Borne;Organisation de l’attente\n";
        preview(staff, csv);
        long persons = count("person");
        long organisations = count("organisation");

        // Someone else holds the directory's history for longer than the lock timeout: the import
        // has written its persons and organisation when it has to wait for it.
        try (Connection blocker = dataSource.getConnection(); Statement lock = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            lock.execute("lock table revinfo in exclusive mode");
            Document refused = staff.submit("/directory/persons/import/confirm", Map.of());
            assertThat(staff.status()).isEqualTo(503);
            assertThat(refused.select("h1").text()).isEqualTo("Service temporairement indisponible");
            assertThat(refused.text()).contains("Rien n’a été enregistré");
            blocker.rollback();
        }
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("organisation")).isEqualTo(organisations);

        preview(staff, csv);
        staff.submit("/directory/persons/import/confirm", Map.of());
        assertThat(count("person")).isEqualTo(persons + 2);
        assertThat(count("organisation")).isEqualTo(organisations + 1);
    }

    private static void preview(BrowserlessSession staff, String csv) {
        staff.get("/directory/persons/import");
        staff.submitWithFile("/directory/persons/import", Map.of(), "file", "personnes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
