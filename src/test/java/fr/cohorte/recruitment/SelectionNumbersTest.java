package fr.cohorte.recruitment;

import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores and totals on the selection pages are written in the reader's language: a French reader
 * would take "18.556" for eighteen thousand, so French pages show "18,556" and English ones "18.556".
 */
@CohorteTest
class SelectionNumbersTest {

    private static final String PASSWORD = "Mot de passe des nombres";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void scoresAndTotalsUseACommaInFrenchAndADotInEnglish() {
        Session session = new Calls(programme, applications).open();
        String base = "/staff/sessions/" + session.getNumber() + "/selection";
        Pools pools = new Pools(applications, jdbc);
        Application anne = pools.apply(session, "Anne", "Decimale", Pools.STATE, Gender.FEMALE, "Cour des comptes",
                Region.ILE_DE_FRANCE, "18.556");
        pools.apply(session, "Bruno", "Decimal", Pools.UNION, Gender.MALE, "UNSA", Region.BRETAGNE, "17.25");
        pools.apply(session, "Chloé", "Entiere", Pools.COMPANY, Gender.FEMALE, "Michelin", Region.OCCITANIE, "12");

        accounts.create("selection.nombres@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("selection.nombres@cohorte.test", PASSWORD);
        staff.get(base + "/settings");
        Document saved = staff.submit(base + "/settings", Map.of("seats", "2", "maxPerOrganisation", "1"));
        assertThat(saved.select("#notice").text()).isEqualTo("Les réglages sont enregistrés.");

        staff.get(base);
        Document french = staff.submit(base + "/runs", Map.of());
        String run = staff.path();
        assertThat(french.select("#total").text()).isEqualTo("Total des notes : 35,806 pour 2 personnes retenues sur 2 places.");
        assertThat(french.select("#candidate-" + anne.getId() + " .score").text()).isEqualTo("18,556");
        assertThat(staff.get(base).select("#runs tbody td").eachText()).contains("35,806");

        Document english = staff.get(run + "?lang=en");
        assertThat(english.select("#total").text()).isEqualTo("Total score: 35.806 for 2 selected out of 2 seats.");
        assertThat(english.select("#candidate-" + anne.getId() + " .score").text()).isEqualTo("18.556");
        assertThat(staff.get(base + "?lang=en").select("#runs tbody td").eachText()).contains("35.806");
    }
}
