package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff set up the jury, jurors mark applications in their pages, staff read the outcome in the applications list. */
@CohorteTest
class JuryPagesTest {

    static final String PASSWORD = "Le mot de passe du jury";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    Jury jury;

    @Autowired
    JdbcTemplate jdbc;

    Session session;
    Application claire;
    Application bruno;

    @BeforeEach
    void twoApplications() {
        session = new Calls(programme, applications).open();
        Applicants applicants = new Applicants(applications, jdbc);
        claire = applicants.apply(session, "Claire", "Martin", "Région Occitanie");
        bruno = applicants.apply(session, "Bruno", "Arnaud", "CFDT");
    }

    @Test
    void staffOfferTheUsualCriteriaAddOneWithADecimalWeightAndSeeTheJurors() {
        String juror = juror("jure.liste");
        BrowserlessSession staff = staff("jury.criteres");
        String page = "/staff/sessions/" + session.getNumber() + "/jury";

        Document empty = staff.get(page);
        assertThat(empty.select("#no-criteria")).isNotEmpty();
        assertThat(empty.select("#jurors li").eachText()).containsExactly("Test jure.liste : aucune candidature notée");

        staff.submit(page + "/criteria/defaults", Map.of());
        Document refused = staff.submit(page + "/criteria", Map.of("name", "Ouverture", "nameEn", "", "weight", "beaucoup",
                "maximum", "10", "position", "4"));
        assertThat(refused.select("#weight-messages").text())
                .isEqualTo("Saisissez un poids positif, par exemple 1 ou 1,5 (deux décimales au plus).");
        assertThat(refused.select("#name").val()).isEqualTo("Ouverture");

        Document saved = staff.submit(page + "/criteria", Map.of("name", "Ouverture", "nameEn", "Openness", "weight", "1,5",
                "maximum", "10", "position", "4"));
        assertThat(saved.select("#criteria tbody th").eachText())
                .containsExactly("Parcours", "Motivation", "Apport au groupe", "Ouverture");
        assertThat(saved.select("#criteria tbody tr:last-child td").eachText()).startsWith("4", "Openness", "1,5", "10");
    }

    @Test
    void aMarkedCriterionCannotBeRemovedAndSaysWhy() {
        jury.addDefaultCriteria(session);
        JuryCriterion first = jury.criteria(session).getFirst();
        String juror = juror("jure.retrait");
        BrowserlessSession marking = logIn(juror);
        mark(marking, claire, Map.of());

        BrowserlessSession staff = staff("jury.retrait");
        String page = "/staff/sessions/" + session.getNumber() + "/jury";
        staff.get(page);
        Document refused = staff.submit(page + "/criteria/" + first.getId() + "/delete", Map.of());

        assertThat(refused.select("#page-refusal").text())
                .isEqualTo("Le critère « Parcours » ne peut pas être retiré : les jurés lui ont déjà donné une note.");
        assertThat(refused.select("#criteria tbody th").eachText()).contains("Parcours");
    }

    @Test
    void theExampleMarkLiesWithinTheCriterionsOwnScale() {
        BrowserlessSession staff = staff("jury.bareme");
        String page = "/staff/sessions/" + session.getNumber() + "/jury";
        staff.get(page);
        staff.submit(page + "/criteria", Map.of("name", "Ouverture", "nameEn", "Openness", "weight", "1",
                "maximum", "10", "position", "1"));
        JuryCriterion outOfTen = jury.criteria(session).getFirst();
        BrowserlessSession marking = logIn(juror("jure.bareme"));
        String form = "/jury/sessions/" + session.getNumber() + "/applications/" + claire.getId();
        marking.get(form);

        Document refused = marking.submit(form, Map.of("marks[" + outOfTen.getId() + "]", "12,5", "comment", ""));

        assertThat(refused.select("#mark-" + outOfTen.getId() + "-messages").text())
                .isEqualTo("Saisissez une note de 0 à 10, par exemple 6,5.");
    }

    @Test
    void eachMarkIsCheckedOnItsOwnAndTheFormKeepsWhatWasTyped() {
        jury.addDefaultCriteria(session);
        var criteria = jury.criteria(session);
        BrowserlessSession marking = logIn(juror("jure.saisie"));
        String form = "/jury/sessions/" + session.getNumber() + "/applications/" + claire.getId();
        marking.get(form);

        Document refused = marking.submit(form, Map.of(
                "marks[" + criteria.get(0).getId() + "]", "25",
                "marks[" + criteria.get(1).getId() + "]", "douze",
                "marks[" + criteria.get(2).getId() + "]", "",
                "comment", "Parcours solide."));

        assertThat(refused.select("#mark-" + criteria.get(0).getId() + "-messages").text())
                .isEqualTo("Saisissez une note de 0 à 20, par exemple 12,5.");
        assertThat(refused.select("#mark-" + criteria.get(1).getId() + "-messages").text())
                .isEqualTo("Saisissez une note de 0 à 20, par exemple 12,5.");
        assertThat(refused.select("#mark-" + criteria.get(2).getId() + "-messages").text())
                .isEqualTo("Donnez une note, ou déclarez un conflit d’intérêts.");
        assertThat(refused.select("#error-summary li")).hasSize(3);
        assertThat(refused.select("#mark-" + criteria.get(1).getId()).val()).isEqualTo("douze");
        assertThat(refused.select("#comment").text()).isEqualTo("Parcours solide.");
        assertThat(jury.reviewOf(claire, "jure.saisie@jury.test")).isEmpty();

        Document saved = marking.submit(form, Map.of(
                "marks[" + criteria.get(0).getId() + "]", "12,5",
                "marks[" + criteria.get(1).getId() + "]", "14",
                "marks[" + criteria.get(2).getId() + "]", "15.5",
                "comment", "Parcours solide."));
        assertThat(saved.select("#saved").text()).isEqualTo("Vos notes sont enregistrées.");
        assertThat(saved.select("#mark-" + criteria.get(0).getId()).val()).as("written back the French way").isEqualTo("12,5");
        assertThat(applications.of(session, claire.getId()).orElseThrow().getJuryScore()).isEqualByComparingTo("14");
    }

    @Test
    void aJurorOfAnotherSessionIsRefusedAndStaffReadButDoNotMark() {
        jury.addDefaultCriteria(session);
        accounts.create("jure.ailleurs@jury.test", RoleGrant.scoped(Role.JURY, session.getNumber() + 1000), PASSWORD);
        BrowserlessSession stranger = new BrowserlessSession(port);
        stranger.logIn("jure.ailleurs@jury.test", PASSWORD);
        String list = "/jury/sessions/" + session.getNumber() + "/applications";

        stranger.get(list);
        assertThat(stranger.status()).isEqualTo(403);
        stranger.get(list + "/" + claire.getId() + "/cv");
        assertThat(stranger.status()).isEqualTo(403);

        BrowserlessSession staff = staff("jury.lecture");
        Document read = staff.get(list + "/" + claire.getId());
        assertThat(staff.status()).isEqualTo(200);
        assertThat(read.select("#motivation").text()).isEqualTo("Faire coopérer les acteurs de l’emploi.");
        assertThat(read.select("form#marks")).isEmpty();
        staff.post(list + "/" + claire.getId(), Map.of("_csrf", staff.page().select("meta[name=_csrf]").attr("content")));
        assertThat(staff.status()).isEqualTo(403);
    }

    @Test
    void jurorsReadTheCvAndSeeWhereTheyStand() {
        jury.addDefaultCriteria(session);
        BrowserlessSession marking = logIn(juror("jure.cv"));
        mark(marking, claire, Map.of());

        Document list = marking.get("/jury/sessions/" + session.getNumber() + "/applications");
        assertThat(list.select("#jury-applications tbody tr").eachText())
                .containsExactly("Arnaud Bruno CFDT Collectivités territoriales À noter",
                        "Martin Claire Région Occitanie Collectivités territoriales Notée");
        Document detail = marking.get("/jury/sessions/" + session.getNumber() + "/applications/" + bruno.getId());
        assertThat(marking.download(detail.select("#cv-download").attr("href")).body()).isEqualTo(ApplicationFormTest.PDF);
    }

    @Test
    void staffSeeTheCombinedScoreWithItsSpreadSortAndReadEachJurorsMarks() {
        jury.addDefaultCriteria(session);
        String anne = juror("anne");
        String marc = juror("marc");
        String paul = juror("paul");
        mark(logIn(anne), claire, Map.of("comment", "Très motivée."));
        mark(logIn(marc), claire, Map.of("mark0", "12", "mark1", "12", "mark2", "12"));
        BrowserlessSession paulMarks = logIn(paul);
        mark(paulMarks, claire, Map.of("conflict", "true", "comment", "Ma collègue."));
        mark(logIn(anne), bruno, Map.of("mark0", "8", "mark1", "8", "mark2", "8"));

        BrowserlessSession staff = staff("jury.resultats");
        String list = "/staff/sessions/" + session.getNumber() + "/applications";
        Document byScore = staff.get(list + "?sort=score&descending=true");
        assertThat(byScore.select("#applications tbody th").eachText()).containsExactly("Martin Claire", "Arnaud Bruno");
        assertThat(byScore.select("#applications tbody td.jury-score").eachText())
                .containsExactly("14 (12–16, 2 jurés)", "8 (8–8, 1 juré)");

        Document detail = staff.get(list + "/" + claire.getId());
        assertThat(detail.select("#jury-score").text()).isEqualTo("Note du jury : 14 sur 20 (de 12 à 16, 2 jurés)");
        assertThat(detail.select("#jury-reviews tbody tr").eachText()).containsExactly(
                "Test anne 16 16 16 16 Très motivée.",
                "Test marc 12 12 12 12 –",
                "Test paul Conflit d’intérêts déclaré : ne note pas Ma collègue.");
        assertThat(applications.of(session, claire.getId()).orElseThrow().getJuryScore()).isEqualByComparingTo(new BigDecimal("14"));
    }

    @Test
    void jurorsAreShownByTheirNameNotByTheirLoginAddress() {
        jury.addDefaultCriteria(session);
        String juror = juror("jure.nomme");
        jdbc.update("update person set given_name = 'Solène', family_name = 'Jurée' where id = (select person_id from account where email = ?)",
                juror);
        mark(logIn(juror), claire, Map.of("comment", "Solide."));

        BrowserlessSession staff = staff("jury.noms");
        Document jurors = staff.get("/staff/sessions/" + session.getNumber() + "/jury");
        assertThat(jurors.select("#jurors li").eachText()).containsExactly("Solène Jurée : une candidature notée");
        Document detail = staff.get("/staff/sessions/" + session.getNumber() + "/applications/" + claire.getId());
        assertThat(detail.select("#jury-reviews tbody th").eachText()).containsExactly("Solène Jurée");
        assertThat(jurors.select("main").text() + detail.select("main").text()).doesNotContain(juror);
    }

    /** Marks an application through the juror's form: 16 everywhere unless "mark0".."mark2" say otherwise. */
    private void mark(BrowserlessSession juror, Application application, Map<String, String> values) {
        var criteria = jury.criteria(session);
        String form = "/jury/sessions/" + session.getNumber() + "/applications/" + application.getId();
        juror.get(form);
        Map<String, String> fields = new java.util.HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            fields.put("marks[" + criteria.get(i).getId() + "]", values.getOrDefault("mark" + i, "16"));
        }
        fields.put("comment", values.getOrDefault("comment", ""));
        if (values.containsKey("conflict")) {
            fields.put("conflict", values.get("conflict"));
        }
        Document saved = juror.submit(form, fields);
        assertThat(saved.select("#saved")).as("marks saved").isNotEmpty();
    }

    private String juror(String name) {
        return accounts.create(name + "@jury.test", RoleGrant.scoped(Role.JURY, session.getNumber()), PASSWORD);
    }

    private BrowserlessSession logIn(String email) {
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }

    private BrowserlessSession staff(String name) {
        String email = accounts.create(name + "@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        return logIn(email);
    }
}
