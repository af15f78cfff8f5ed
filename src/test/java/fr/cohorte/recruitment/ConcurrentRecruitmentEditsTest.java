package fr.cohorte.recruitment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two staff members editing the same call for applications, selection settings or jury criterion at the
 * same time: the second to save is told that the record changed meanwhile, keeps what they typed, and
 * saves it only by sending it again. Before, the second save silently overwrote the first.
 */
@CohorteTest
class ConcurrentRecruitmentEditsTest {

    static final String PASSWORD = "Deux personnes sur la même fiche";
    static final String CONFLICT = "Cette fiche a été modifiée entre-temps";

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

    Session session;
    BrowserlessSession anne;
    BrowserlessSession bruno;

    @BeforeEach
    void twoStaffOnARecruitingSession() {
        session = recruiting();
        anne = staff("anne");
        bruno = staff("bruno");
    }

    @Test
    void theSecondSaveOfTheCallForApplicationsIsRefusedAndKeepsWhatWasTyped() {
        String call = "/staff/sessions/" + session.getNumber() + "/applications/call";
        Document form = anne.get(call);
        bruno.get(call);
        // The form's dates as they are shown: this client sends only the fields it is given.
        Map<String, String> dates = Map.of("opensAt", form.select("#opensAt").val(), "closesAt", form.select("#closesAt").val());

        anne.submit(call, with(dates, "places", "24"));
        Document refused = bruno.submit(call, with(dates, "places", "28"));

        assertThat(refused.select(".fr-alert--error .fr-alert__title").text()).isEqualTo(CONFLICT);
        assertThat(refused.select("#places").val()).isEqualTo("28");
        assertThat(places()).isEqualTo(24);

        bruno.submit(call, with(dates, "places", "28"));
        assertThat(bruno.path()).isEqualTo("/staff/sessions/" + session.getNumber() + "/applications");
        assertThat(places()).isEqualTo(28);
    }

    @Test
    void theSecondSaveOfTheSelectionSettingsIsRefusedAndKeepsWhatWasTyped() {
        String settings = "/staff/sessions/" + session.getNumber() + "/selection/settings";
        anne.get(settings);
        bruno.get(settings);

        anne.submit(settings, Map.of("seats", "20"));
        Document refused = bruno.submit(settings, Map.of("seats", "25"));

        assertThat(refused.select(".fr-alert--error .fr-alert__title").text()).isEqualTo(CONFLICT);
        assertThat(refused.select("#seats").val()).isEqualTo("25");
        assertThat(seats()).isEqualTo(20);

        bruno.submit(settings, Map.of("seats", "25"));
        assertThat(bruno.path()).isEqualTo("/staff/sessions/" + session.getNumber() + "/selection");
        assertThat(seats()).isEqualTo(25);
    }

    @Test
    void twoStaffCreatingTheSettingsOfASessionThatHadNoneDoNotOverwriteEachOther() {
        Session fresh = recruiting();
        String settings = "/staff/sessions/" + fresh.getNumber() + "/selection/settings";
        anne.get(settings);
        bruno.get(settings);

        anne.submit(settings, Map.of("seats", "18"));
        Document refused = bruno.submit(settings, Map.of("seats", "22"));

        assertThat(refused.select(".fr-alert--error .fr-alert__title").text()).isEqualTo(CONFLICT);
        assertThat(jdbc.queryForObject("select seats from selection_settings where session_id = ?", Integer.class, fresh.getId()))
                .isEqualTo(18);
    }

    /** A call opened and closing on the minute, as its form sets them. */
    private Session recruiting() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        return new Calls(programme, applications).session(SessionStatus.RECRUITING, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
    }

    @Test
    void theSecondSaveOfAJuryCriterionIsRefusedAndKeepsWhatWasTyped() {
        long criterion = jdbc.queryForObject("insert into jury_criterion (session_id, name, weight, maximum, position) "
                + "values (?, 'Parcours', 1, 20, 1) returning id", Long.class, session.getId());
        String edit = "/staff/sessions/" + session.getNumber() + "/jury/criteria/" + criterion;
        anne.get(edit + "/edit");
        bruno.get(edit + "/edit");
        Map<String, String> common = Map.of("maximum", "20", "position", "1", "weight", "1");

        anne.submit(edit, with(common, "name", "Parcours professionnel"));
        Document refused = bruno.submit(edit, with(common, "name", "Expérience"));

        assertThat(refused.select(".fr-alert--error .fr-alert__title").text()).isEqualTo(CONFLICT);
        assertThat(refused.select("#name").val()).isEqualTo("Expérience");
        assertThat(jdbc.queryForObject("select name from jury_criterion where id = ?", String.class, criterion))
                .isEqualTo("Parcours professionnel");
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put(name, value);
        return all;
    }

    private int places() {
        return jdbc.queryForObject("select places from application_call where session_id = ?", Integer.class, session.getId());
    }

    private int seats() {
        return jdbc.queryForObject("select seats from selection_settings where session_id = ?", Integer.class, session.getId());
    }

    private BrowserlessSession staff(String name) {
        String email = accounts.create(name + "-" + System.nanoTime() + "@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.logIn(email, PASSWORD);
        return browser;
    }
}
