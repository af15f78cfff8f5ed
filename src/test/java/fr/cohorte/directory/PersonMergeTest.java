package fr.cohorte.directory;

import java.util.List;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.CohortComposition;
import fr.cohorte.session.SessionCatalogue;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Two records of one person become one, and nothing either record was part of is lost. */
// Erasing or merging demo participants changes the cohort other tests read: they get a fresh application.
@DirtiesContext
@CohorteTest(properties = "cohorte.demo.enabled=true")
class PersonMergeTest {

    static final String STAFF = "fusion@cohorte.test";
    static final String STAFF_PASSWORD = "Le mot de passe de la fusion";
    static final String PARTICIPANT_PASSWORD = "Le mot de passe du doublon";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Persons persons;

    @Autowired
    SessionCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mergingKeepsTheParticipationTheSpeakerSlotsTheCreditsAndTheAccount() {
        Long participantId = jdbc.queryForObject("""
                select p.id from person p join participant pa on pa.person_id = p.id join session s on s.id = pa.session_id
                where s.number = 34 order by p.id limit 1""", Long.class);
        Map<String, Object> participant = jdbc.queryForMap("select given_name, family_name, email from person where id = ?", participantId);
        String email = (String) participant.get("email");
        accounts.create(email, RoleGrant.scoped(Role.PARTICIPANT, 34), PARTICIPANT_PASSWORD);
        accounts.create(STAFF, RoleGrant.global(Role.STAFF), STAFF_PASSWORD);
        Person duplicate = persons.create(new PersonDetails(null, (String) participant.get("given_name"), (String) participant.get("family_name"),
                null, "06 00 00 00 00", "Intervenant", null, null), null, null, true);
        Long activityId = jdbc.queryForObject("select min(id) from activity", Long.class);
        Long chapterId = jdbc.queryForObject("select min(id) from chapter", Long.class);
        jdbc.update("insert into activity_speaker (activity_id, person_id) values (?, ?)", activityId, duplicate.getId());
        jdbc.update("insert into chapter_author (chapter_id, position, person_id) values (?, 99, ?)", chapterId, duplicate.getId());
        List<Long> compositionBefore = counts(catalogue.composition(catalogue.byNumber(34)));

        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(STAFF, STAFF_PASSWORD);
        staff.get("/directory/persons/" + duplicate.getId());
        Document choose = staff.get(staff.page().selectFirst("a#merge").attr("href"));
        var candidate = choose.selectFirst("#candidates a[href$=merged=" + participantId + "]");
        assertThat(candidate).as("the record with the same name is proposed").isNotNull();

        Document comparison = staff.get(candidate.attr("href"));
        assertThat(comparison.select("#obstacles")).isEmpty();
        assertThat(comparison.select("#row-EMAIL input[value=merged]").hasAttr("checked"))
                .as("an empty value of the kept record is filled from the other by default").isTrue();
        assertThat(comparison.select("#row-PHONE input[value=kept]").hasAttr("checked")).isTrue();

        Document merged = staff.submit("/directory/persons/merge", Map.of("EMAIL", "merged", "PHONE", "kept", "POSITION", "merged"));
        assertThat(staff.path()).isEqualTo("/directory/persons/" + duplicate.getId());
        assertThat(merged.select(".fr-alert--success").text()).contains("fusionnée");
        assertThat(merged.select(".cohorte-facts").text()).contains(email).contains("06 00 00 00 00");

        assertThat(jdbc.queryForObject("select count(*) from person where id = ?", Long.class, participantId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from participant where person_id = ?", Long.class, duplicate.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from activity_speaker where person_id = ? and activity_id = ?", Long.class,
                duplicate.getId(), activityId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select person_id from chapter_author where chapter_id = ? and position = 99", Long.class, chapterId))
                .isEqualTo(duplicate.getId());
        assertThat(jdbc.queryForObject("select person_id from account where email = ?", Long.class, email)).isEqualTo(duplicate.getId());
        assertThat(counts(catalogue.composition(catalogue.byNumber(34)))).isEqualTo(compositionBefore);
        assertThat(jdbc.queryForList("select action from audit_event where target = ?", String.class, "person:" + duplicate.getId()))
                .contains("MERGED");

        BrowserlessSession them = new BrowserlessSession(port);
        them.logIn(email, PARTICIPANT_PASSWORD);
        assertThat(them.path()).isEqualTo("/me");
        assertThat(them.page().text()).contains((String) participant.get("family_name"));
    }

    @Test
    void twoRecordsInTheSameCohortAreNotMergedAndStaffAreToldWhy() {
        List<Long> cohort = jdbc.queryForList("""
                select p.id from person p join participant pa on pa.person_id = p.id join session s on s.id = pa.session_id
                where s.number = 34 order by p.id desc limit 2""", Long.class);
        accounts.create("fusion-refusee@cohorte.test", RoleGrant.global(Role.STAFF), STAFF_PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("fusion-refusee@cohorte.test", STAFF_PASSWORD);

        Document comparison = staff.get("/directory/persons/merge?kept=" + cohort.get(0) + "&merged=" + cohort.get(1));
        assertThat(comparison.select("#obstacles").text()).contains("Les deux fiches participent à la 34e session");
        assertThat(comparison.select("form[action=/directory/persons/merge] button[type=submit]")).isEmpty();

        Document refused = staff.post("/directory/persons/merge", Map.of("kept", String.valueOf(cohort.get(0)),
                "merged", String.valueOf(cohort.get(1)), "_csrf", comparison.select("input[name=_csrf]").val()));
        assertThat(refused.select("#obstacles").text()).contains("34e session");
        assertThat(jdbc.queryForObject("select count(*) from person where id in (?, ?)", Long.class, cohort.get(0), cohort.get(1))).isEqualTo(2);
    }

    private static List<Long> counts(CohortComposition composition) {
        return composition.shares().stream().map(CohortComposition.Share::count).toList();
    }
}
