package fr.cohorte.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;

/** Administrators add a horizon, rename it and change its place; the directory's forms offer it at once. */
@CohorteTest
class HorizonPagesTest {

    static final String PASSWORD = "Le mot de passe des horizons";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    BrowserlessSession admin;
    String code;
    String existing;

    @BeforeEach
    void anAdministrator() {
        String suffix = String.valueOf(System.nanoTime());
        code = "think-tank-" + suffix;
        existing = "union-" + suffix;
        jdbc.update("insert into background (code, label_fr, label_en, position) select ?, ?, ?, coalesce(max(position), 0) + 1 from background",
                existing, "Syndicats " + suffix, "Trade unions " + suffix);
        String email = "horizons" + suffix + "@cohorte.test";
        accounts.create(email, RoleGrant.global(Role.ADMIN), PASSWORD);
        admin = new BrowserlessSession(port);
        admin.logIn(email, PASSWORD);
    }

    @AfterEach
    void forgetTheAddedHorizon() {
        // Nothing refers to it: the other tests of this database keep the horizons they expect.
        jdbc.update("delete from background where code in (?, ?)", code, existing);
    }

    @Test
    void anAddedHorizonComesLastAndTheDirectoryOffersIt() {
        admin.get("/admin/horizons");
        Document added = admin.submit("/admin/horizons", Map.of("labelFr", "Laboratoires d’idées " + code,
                "labelEn", "Think tanks " + code, "code", code));

        assertThat(added.select(".fr-alert--success").text()).contains("Laboratoires d’idées " + code);
        assertThat(added.select("#horizons tbody tr").last().text()).contains("Laboratoires d’idées " + code, "Think tanks " + code, code);
        assertThat(admin.get("/directory/persons/new").select("option").eachText()).contains("Laboratoires d’idées " + code);
    }

    @Test
    void aTakenCodeOrABadOneIsRefusedAndWhatWasTypedStays() {
        admin.get("/admin/horizons");
        Document taken = admin.submit("/admin/horizons", Map.of("labelFr", "Autre libellé " + code, "labelEn", "Other " + code,
                "code", existing));
        assertThat(taken.select("#code-messages").text()).isEqualTo("Un autre horizon porte déjà ce nom ou ce code.");
        assertThat(taken.select("#labelFr").val()).isEqualTo("Autre libellé " + code);

        Document bad = admin.submit("/admin/horizons", Map.of("labelFr", "Autre libellé " + code, "labelEn", "", "code", "Think Tank!"));
        assertThat(bad.select("#code-messages").text()).contains("lettres minuscules");
        assertThat(bad.select("#labelEn-messages").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(bad.select("#code").val()).isEqualTo("Think Tank!");
        assertThat(jdbc.queryForObject("select count(*) from background where label_fr = ?", Integer.class, "Autre libellé " + code))
                .isZero();
    }

    @Test
    void aHorizonIsRenamedAndMovedUpWithoutItsCodeChanging() {
        admin.get("/admin/horizons");
        admin.submit("/admin/horizons", Map.of("labelFr", "Laboratoires " + code, "labelEn", "Think tanks " + code, "code", code));
        long id = jdbc.queryForObject("select id from background where code = ?", Long.class, code);
        List<String> before = labels();

        admin.get("/admin/horizons/" + id + "/edit");
        Document renamed = admin.submit("/admin/horizons/" + id, Map.of("labelFr", "Cercles de réflexion " + code,
                "labelEn", "Policy institutes " + code));
        assertThat(renamed.select(".fr-alert--success").text()).contains("Cercles de réflexion " + code);
        assertThat(jdbc.queryForObject("select code from background where id = ?", String.class, id)).isEqualTo(code);

        admin.submit("/admin/horizons/" + id + "/move", Map.of("action", "up"));
        List<String> after = labels();
        assertThat(after.get(after.size() - 2)).isEqualTo("Cercles de réflexion " + code);
        assertThat(after.getLast()).isEqualTo(before.get(before.size() - 2));
    }

    private List<String> labels() {
        return admin.get("/admin/horizons").select("#horizons tbody th").eachText();
    }
}
