package fr.cohorte.grouping;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.Activity;
import fr.cohorte.session.ActivityType;
import fr.cohorte.session.Seminar;
import fr.cohorte.session.SessionCatalogue;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff pages of working groups as a browser without JavaScript sees them: forms, refusals, exports. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class GroupingPagesTest {

    private static final String PASSWORD = "Des pages de groupes bien tenues";
    private static final String BASE = "/staff/sessions/34/groups";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GroupWork work;

    @Autowired
    SessionCatalogue sessions;

    @Autowired
    JdbcTemplate jdbc;

    BrowserlessSession staff;

    @BeforeEach
    void logInAsStaff() {
        if (jdbc.queryForObject("select count(*) from account where email = 'pages-groupes@cohorte.test'", Integer.class) == 0) {
            accounts.create("pages-groupes@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        }
        staff = new BrowserlessSession(port);
        staff.logIn("pages-groupes@cohorte.test", PASSWORD);
    }

    @AfterEach
    void forgetRounds() {
        jdbc.update("delete from work_round");
        jdbc.update("delete from grouping_settings");
    }

    @Test
    void aRefusedRoundFormSaysWhyAndKeepsWhatWasTyped() {
        staff.get(BASE);
        String seminar = staff.page().select("#seminarId option").first().val();

        Document page = staff.submit(BASE + "/rounds", Map.of("seminarId", seminar, "sizing", "groups", "groupCount", "7", "count", "0"));

        assertThat(page.select("#create-rounds .fr-alert--error").text()).contains("Indiquez un nombre de tours entre 1 et 30.");
        assertThat(page.select("#groupCount").val()).isEqualTo("7");
        assertThat(page.select("#count").val()).isEqualTo("0");
        assertThat(work.of(34).rounds()).isEmpty();
    }

    @Test
    void aRoundExportsEveryPlacedPersonWithTheirGroup() {
        Round round = work.createRounds(34, new RoundSizing(sessions.byNumber(34).getSeminars().getFirst().getId(), null, 6, null, null), 1)
                .getFirst();
        SolvingByHand.solve(work, 34, false);

        HttpResponse<byte[]> csv = staff.download(BASE + "/rounds/" + round.getId() + "/export?format=csv");

        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains(".csv"));
        assertThat(text.lines().findFirst()).hasValue("\uFEFFgroupe;salle;nom;horizon;organisation");
        assertThat(text.lines().skip(1)).hasSize(work.of(34).cohort().size())
                .allSatisfy(line -> assertThat(line).matches("[1-6];;.+"));
    }

    @Test
    void staffLockSomeoneIntoAGroupOfTheirChoiceButNotIntoOneTheRoundLacks() {
        Round round = work.createRounds(34, new RoundSizing(sessions.byNumber(34).getSeminars().getFirst().getId(), null, 6, null, null), 1)
                .getFirst();
        CohortMember someone = work.of(34).cohort().get(4);
        String locks = BASE + "/rounds/" + round.getId() + "/locks";
        staff.get(BASE + "/rounds/" + round.getId());

        Document locked = staff.submit(locks, Map.of("participant", String.valueOf(someone.participantId()), "group", "3"));
        assertThat(locked.select(".fr-alert--success").text()).contains("restera dans ce groupe");

        Document refused = staff.submit(locks, Map.of("participant", String.valueOf(someone.participantId()), "group", "9"));
        assertThat(refused.select(".fr-alert--error").text()).contains("Le groupe 9 n’existe pas : ce tour compte 6 groupes.");
        assertThat(work.of(34).round(round.getId()).getLocks()).containsExactly(Map.entry(someone.participantId(), 3));
    }

    @Test
    void aRoundInHistoryOffersNoChangeAndRefusesOne() {
        Round round = work.createRounds(34, new RoundSizing(sessions.byNumber(34).getSeminars().getFirst().getId(), null, 6, null, null), 1)
                .getFirst();
        SolvingByHand.solve(work, 34, false);
        work.accept(34);
        CohortMember someone = work.of(34).cohort().getFirst();

        Document page = staff.get(BASE + "/rounds/" + round.getId());
        assertThat(page.select(".fr-notice").text()).contains("fait partie de l’historique");
        assertThat(page.select("button:contains(Verrouiller)")).isEmpty();

        Document refused = staff.post(BASE + "/rounds/" + round.getId() + "/locks",
                Map.of("participant", String.valueOf(someone.participantId()), "group", "2",
                        "_csrf", page.select("meta[name=_csrf]").attr("content")));
        assertThat(refused.select(".fr-alert--error").text()).contains("ne peut plus être modifié");
        assertThat(work.of(34).round(round.getId()).getLocks()).isEmpty();
    }

    @Test
    void theMatrixAndAPersonsEncountersAnswerBeforeAnyRound() {
        Document matrix = staff.get(BASE + "/matrix");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(matrix.select("svg[role=img] title").text()).isEqualTo("Matrice des rencontres");
        assertThat(matrix.select("#encounters tbody tr")).hasSize(work.of(34).cohort().size());

        CohortMember someone = work.of(34).cohort().getFirst();
        Document person = staff.get(BASE + "/people/" + someone.participantId());
        assertThat(person.select("h1").text()).isEqualTo(someone.name());
        assertThat(person.text()).contains("Aucune rencontre pour l’instant.");
    }

    @Test
    void aParticipantWithTwoRoundsInOneActivitySeesEachGroupNamedByItsRoundOnTheirProgrammeAndInTheirFeed() throws Exception {
        SessionGroups planning = work.of(34);
        Seminar seminar = planning.session().getSeminars().getFirst();
        Activity activity = planning.activities().stream()
                .filter(a -> a.getType() == ActivityType.GROUP_WORK && a.getSeminar().getId().equals(seminar.getId()))
                .findFirst().orElseThrow();
        List<Round> rounds = work.createRounds(34, new RoundSizing(seminar.getId(), activity.getId(), 6, null, null), 2);
        SolvingByHand.solve(work, 34, false);
        work.accept(34);
        String email = jdbc.queryForObject("""
                select person.email from participant p join person on person.id = p.person_id
                join session s on s.id = p.session_id
                where s.number = 34 and person.email is not null
                  and not exists (select 1 from account a where lower(a.email) = lower(person.email))
                order by person.id limit 1""", String.class);
        CohortMember member = work.of(34).cohort().stream()
                .filter(m -> email.equals(jdbc.queryForObject("select email from person where id = ?", String.class, m.personId())))
                .findFirst().orElseThrow();
        Round first = work.of(34).round(rounds.get(0).getId());
        Round second = work.of(34).round(rounds.get(1).getId());
        int firstGroup = first.getMembers().get(member.participantId());
        int secondGroup = second.getMembers().get(member.participantId());
        jdbc.update("insert into work_round_room (round_id, group_number, room) values (?, ?, 'B12')", first.getId(), firstGroup);
        work.publish(34);
        String expected = "Tour " + first.getPosition() + " : groupe " + firstGroup + " — salle B12 ; Tour "
                + second.getPosition() + " : groupe " + secondGroup;

        accounts.create(email, RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
        BrowserlessSession participant = new BrowserlessSession(port);
        participant.logIn(email, PASSWORD);
        Document programme = participant.get("/me/programme");
        assertThat(programme.select(".cohorte-slot:contains(" + activity.getTitle() + ") .cohorte-slot__note").text())
                .isEqualTo(expected);

        participant.submit("/me/programme/feed", Map.of());
        String feed = participant.page().select("#feed-url").val().substring("http://localhost:8080".length());
        String ics = new String(participant.download(feed).body(), StandardCharsets.UTF_8);
        VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(e -> activity.getTitle().equals(e.getProperty(Property.SUMMARY).map(Property::getValue).orElse(null)))
                .findFirst().orElseThrow();
        assertThat(event.getProperty(Property.DESCRIPTION).map(Property::getValue).orElseThrow()).endsWith(expected);
    }
}
