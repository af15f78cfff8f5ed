package fr.cohorte.recruitment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.grouping.GroupWork;
import fr.cohorte.grouping.Round;
import fr.cohorte.grouping.RoundSizing;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Seminar;
import fr.cohorte.session.SeminarDetails;
import fr.cohorte.session.Session;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confirming a cohort and withdrawing a participant cannot be undone (the decision mails leave at once): the
 * first click shows what will happen, in figures, and changes nothing; only the confirmation's form acts.
 */
@CohorteTest
class SelectionConfirmationsTest {

    static final String PASSWORD = "Mot de passe des confirmations";

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

    @Autowired
    GroupWork groupWork;

    Session session;
    String base;
    Map<String, Application> byName = new HashMap<>();
    int acknowledgements;

    /** Four seats, at least one trade unionist: Anne, Bruno, Emma and Chloé are selected, Fabien and David wait, Gaston is unscored. */
    @BeforeEach
    void sevenApplications() {
        session = new Calls(programme, applications).open();
        base = "/staff/sessions/" + session.getNumber() + "/selection";
        Pools pools = new Pools(applications, jdbc);
        byName.put("Anne", pools.apply(session, "Anne", "Etat", Pools.STATE, Gender.FEMALE, "Ministère du Travail", Region.ILE_DE_FRANCE, "18"));
        byName.put("Bruno", pools.apply(session, "Bruno", "Etat", Pools.STATE, Gender.MALE, "Préfecture du Rhône", Region.AUVERGNE_RHONE_ALPES, "17"));
        byName.put("Chloé", pools.apply(session, "Chloé", "Syndicat", Pools.UNION, Gender.FEMALE, "CFDT", Region.OCCITANIE, "12"));
        byName.put("David", pools.apply(session, "David", "Syndicat", Pools.UNION, Gender.MALE, "CGT", Region.BRETAGNE, "11"));
        byName.put("Emma", pools.apply(session, "Emma", "Entreprise", Pools.COMPANY, Gender.FEMALE, "Renault", Region.ILE_DE_FRANCE, "16"));
        byName.put("Fabien", pools.apply(session, "Fabien", "Entreprise", Pools.COMPANY, Gender.MALE, "Renault", Region.NORMANDIE, "15"));
        byName.put("Gaston", pools.apply(session, "Gaston", "Syndicat", Pools.UNION, Gender.MALE, "FO", Region.OCCITANIE, null));
        acknowledgements = mails();
    }

    @Test
    void confirmingACohortFirstShowsWhoIsSelectedWaitlistedAndMailedAndDecidesNothing() {
        BrowserlessSession staff = staff("confirmation.promotion@cohorte.test");
        String confirm = ranSelection(staff).select("#confirm").attr("href");

        Document confirmation = staff.get(confirm);

        assertThat(confirmation.select("h1").text()).isEqualTo("Confirmer la promotion de la " + session.getNumber() + "e session ?");
        assertThat(confirmation.select("#consequences li").eachText()).containsExactly(
                "4 retenus, 2 en liste d’attente, 1 non retenu, 7 courriels.",
                "Les 4 personnes retenues sont inscrites à la " + session.getNumber() + "e session.",
                "Les 2 personnes en liste d’attente pourront prendre les places libérées.",
                "Chaque candidat reçoit sa décision par courriel aussitôt : un courriel parti ne peut pas être rappelé.");
        assertThat(confirmation.select("a.fr-btn--secondary").attr("href")).as("cancel leads back to the run")
                .isEqualTo(confirm.replace("/confirm", ""));
        assertNothingDecided();

        Document confirmed = staff.submit(confirm, Map.of());

        assertThat(confirmed.select("#notice").text()).startsWith("La promotion est confirmée");
        assertThat(status("Anne")).isEqualTo("SELECTED");
        assertThat(status("David")).isEqualTo("WAITLISTED");
        assertThat(status("Gaston")).isEqualTo("NOT_SELECTED");
        assertThat(mails()).isEqualTo(acknowledgements + 7);
    }

    @Test
    void aConfirmationPostedWithoutTheConfirmationFormDecidesNothingAndShowsTheFiguresInstead() {
        BrowserlessSession staff = staff("confirmation.clic@cohorte.test");
        String confirm = ranSelection(staff).select("#confirm").attr("href");
        String token = staff.get(confirm).select("input[name=_csrf]").val();

        Document shown = staff.post(confirm, Map.of("_csrf", token));

        assertThat(shown.select("#consequences li").first().text()).isEqualTo("4 retenus, 2 en liste d’attente, 1 non retenu, 7 courriels.");
        assertNothingDecided();
    }

    @Test
    void withdrawingAParticipantFirstShowsTheCohortShrinkingAndTheMailAndChangesNothing() {
        BrowserlessSession staff = staff("confirmation.retrait@cohorte.test");
        staff.confirm(ranSelection(staff).select("#confirm").attr("href"));
        int mailsBefore = mails();
        Element button = staff.get(base).select("#cohort tr:has(a:containsOwn(Chloé Syndicat)) a.withdraw").first();
        assertThat(button.attr("aria-label")).isEqualTo("Retirer Chloé Syndicat de la promotion");

        Document confirmation = staff.get(button.attr("href"));

        assertThat(confirmation.select("h1").text()).isEqualTo("Retirer Chloé Syndicat ?");
        assertThat(confirmation.select("#consequences li").eachText()).containsExactly(
                "Chloé Syndicat quitte la promotion, qui passe de 4 à 3 participants.",
                "Sa place se libère : une proposition de remplacement sera faite (2 personnes en liste d’attente).",
                "1 courriel confirme le retrait à Chloé Syndicat.");
        assertThat(status("Chloé")).isEqualTo("SELECTED");
        assertThat(mails()).isEqualTo(mailsBefore);

        String token = confirmation.select("input[name=_csrf]").val();
        staff.post(button.attr("href"), Map.of("_csrf", token));
        assertThat(status("Chloé")).as("a one-click post withdraws nobody").isEqualTo("SELECTED");

        staff.confirm(button.attr("href"));
        assertThat(status("Chloé")).isEqualTo("WITHDRAWN");
        assertThat(mails()).isEqualTo(mailsBefore + 1);
    }

    @Test
    void withdrawingAParticipantSaysWhichWorkingGroupsTheyLeave() {
        BrowserlessSession staff = staff("confirmation.groupes@cohorte.test");
        staff.confirm(ranSelection(staff).select("#confirm").attr("href"));
        Seminar seminar = programme.createSeminar(session.getNumber(), new SeminarDetails(1, "Ouverture", LocalDate.of(2027, 9, 6),
                LocalDate.of(2027, 9, 10), "Paris", "FR", "Europe/Paris", false, null));
        List<Long> roundIds = groupWork.createRounds(session.getNumber(), new RoundSizing(seminar.getId(), null, 2, null, null), 2)
                .stream().map(Round::getId).toList();
        Map<Long, Integer> everyoneInGroupOne = jdbc.queryForList("select id from participant where session_id = ?", Long.class,
                session.getId()).stream().collect(Collectors.toMap(id -> id, id -> 1));
        groupWork.propose(session.getNumber(), roundIds, List.of(everyoneInGroupOne, everyoneInGroupOne));
        groupWork.accept(session.getNumber());

        Document confirmation = staff.get(base + "/applications/" + byName.get("Chloé").getId() + "/withdraw");

        assertThat(confirmation.select("#consequences li").eachText())
                .contains("Chloé Syndicat sort de ses groupes de travail de 2 tours (1, 2), même ceux qui ont eu lieu.");
    }

    @Test
    void withdrawingSomeoneOnTheWaitingListSaysTheListShrinks() {
        BrowserlessSession staff = staff("confirmation.attente@cohorte.test");
        staff.confirm(ranSelection(staff).select("#confirm").attr("href"));

        Document confirmation = staff.get(base + "/applications/" + byName.get("David").getId() + "/withdraw");

        assertThat(confirmation.select("#consequences li").eachText()).containsExactly(
                "David Syndicat quitte la liste d’attente, qui passe de 2 à 1 personnes.",
                "1 courriel confirme le retrait à David Syndicat.");
    }

    @Test
    void aSecondConfirmationIsRefusedBeforeAnyFigureIsShown() {
        BrowserlessSession staff = staff("confirmation.deuxieme@cohorte.test");
        String confirm = ranSelection(staff).select("#confirm").attr("href");
        staff.confirm(confirm);

        Document refused = staff.get(confirm);

        assertThat(refused.select("#consequences")).isEmpty();
        assertThat(refused.text()).contains("Une promotion est déjà confirmée pour cette session.");
    }

    @Test
    void theConsequencesAreSaidInTheReadersLanguage() {
        BrowserlessSession staff = staff("confirmation.anglais@cohorte.test");
        String confirm = ranSelection(staff).select("#confirm").attr("href");

        Document confirmation = staff.get(confirm + "?lang=en");

        assertThat(confirmation.select("h1").text()).isEqualTo("Confirm the cohort of session " + session.getNumber() + "?");
        assertThat(confirmation.select("#consequences li").first().text()).isEqualTo("4 selected, 2 on the waiting list, 1 not selected, 7 mails.");
        assertThat(confirmation.select("#confirmation-submit").text()).isEqualTo("Confirm this cohort");
    }

    private Document ranSelection(BrowserlessSession staff) {
        Document form = staff.get(base + "/settings");
        Element union = form.select("fieldset[id^=quota-]:has(legend:containsOwn(Organisations syndicales))").first();
        staff.submit(base + "/settings", Map.of("seats", "4", "maxPerOrganisation", "1",
                "quotas[" + union.id().substring("quota-".length()) + "].min", "1"));
        staff.get(base);
        return staff.submit(base + "/runs", Map.of());
    }

    private void assertNothingDecided() {
        assertThat(List.of(status("Anne"), status("David"), status("Gaston"))).containsOnly("SUBMITTED");
        assertThat(mails()).as("no decision mail").isEqualTo(acknowledgements);
        assertThat(jdbc.queryForObject("select count(*) from participant where session_id = ?", Integer.class, session.getId())).isZero();
    }

    private String status(String givenName) {
        return jdbc.queryForObject("select status from application where id = ?", String.class, byName.get(givenName).getId());
    }

    private int mails() {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient like ?", Integer.class,
                "%." + session.getNumber() + "@example.org");
    }

    private BrowserlessSession staff(String email) {
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
        return staff;
    }
}
