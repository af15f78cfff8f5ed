package fr.cohorte.recruitment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.InvitePerson;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.account.WithdrawRole;
import fr.cohorte.directory.PersonErasure;
import fr.cohorte.directory.Persons;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What recruitment decides is on the audit trail: who changed a juror's marks or declared a conflict, the
 * call for applications and the selection settings, each with its values before and after, read by an
 * administrator in French or in English whoever made the change.
 */
@CohorteTest
class RecruitmentAuditTest {

    static final String PASSWORD = "Le mot de passe du journal du recrutement";

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
    Persons persons;

    @Autowired
    InvitePerson invitePerson;

    @Autowired
    WithdrawRole withdrawRole;

    @Autowired
    PersonErasure erasure;

    @Autowired
    JdbcTemplate jdbc;

    Session session;
    Application claire;
    BrowserlessSession admin;

    @BeforeEach
    void anApplicationAndAnAdministrator() {
        new Pools(applications, jdbc);
        session = new Calls(programme, applications).open();
        claire = new Applicants(applications, jdbc).apply(session, "Claire", "Martin", "Région Occitanie");
        String email = "journal.recrutement." + session.getNumber() + "@cohorte.test";
        accounts.create(email, RoleGrant.global(Role.ADMIN), PASSWORD);
        admin = new BrowserlessSession(port);
        admin.logIn(email, PASSWORD);
    }

    @AfterEach
    void forgetTheActor() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aJurorsChangedMarkIsAuditedWithWhoChangedItAndTheMarkBeforeAndAfterInEitherLanguage() {
        jury.addDefaultCriteria(session);
        String juror = juror("jure.journal");
        BrowserlessSession marking = logIn(juror);
        mark(marking, Map.of());
        mark(marking, Map.of("mark1", "12,5", "comment", "Motivation à préciser."));

        Element french = entry("fr", "application:" + claire.getId(), "Notes du jury sur une candidature : Claire Martin — Motivation");
        assertThat(french.text()).contains(juror)
                .endsWith("Notes du jury sur une candidature : Claire Martin — Motivation : 16 → 12,5 ; "
                        + "commentaire : (vide) → Motivation à préciser.");
        Element english = entry("en", "application:" + claire.getId(), "Jury marks for the application of Claire Martin — Motivation");
        assertThat(english.text()).contains(juror)
                .endsWith("Jury marks for the application of Claire Martin — Motivation: 16 → 12.5; comment: (empty) → Motivation à préciser.");
    }

    @Test
    void aJuryCriterionsNewWeightAndMaximumAreAuditedBeforeAndAfter() {
        jury.addDefaultCriteria(session);
        JuryCriterion motivation = jury.criteria(session).get(1);
        BrowserlessSession staff = staff("criteres.journal");
        String page = "/staff/sessions/" + session.getNumber() + "/jury";
        staff.get(page + "/criteria/" + motivation.getId() + "/edit");
        staff.submit(page + "/criteria/" + motivation.getId(), Map.of("name", "Motivation", "nameEn", "Motivation", "weight", "1,5",
                "maximum", "10", "position", "2"));

        String target = "jury-criterion:" + motivation.getId();
        assertThat(entry("fr", target, "Critère du jury modifié").text()).contains("criteres.journal@cohorte.test")
                .endsWith("Critère du jury modifié : « Motivation » — poids : 1 → 1,5 ; note maximale : 20 → 10");
        assertThat(entry("en", target, "Jury criterion edited").text())
                .endsWith("Jury criterion edited: “Motivation” — weight: 1 → 1.5; highest mark: 20 → 10");
    }

    @Test
    void aDeclaredConflictOfInterestIsAuditedWithTheMarksItSetAside() {
        jury.addDefaultCriteria(session);
        String juror = juror("jure.conflit");
        BrowserlessSession marking = logIn(juror);
        mark(marking, Map.of());
        mark(marking, Map.of("conflict", "true", "comment", "Ma collègue."));

        assertThat(entry("fr", "application:" + claire.getId(), "Conflit d’intérêts déclaré").text()).contains(juror)
                .endsWith("Conflit d’intérêts déclaré sur une candidature : Claire Martin — Parcours : 16 → (vide) ; "
                        + "Motivation : 16 → (vide) ; Apport au groupe : 16 → (vide) ; commentaire : (vide) → Ma collègue.");
        assertThat(entry("en", "application:" + claire.getId(), "Conflict of interest declared").text())
                .endsWith("Conflict of interest declared on the application of Claire Martin — Parcours: 16 → (empty); "
                        + "Motivation: 16 → (empty); Apport au groupe: 16 → (empty); comment: (empty) → Ma collègue.");
    }

    @Test
    void aChangeOfTheSelectionSettingsIsAuditedSettingBySetting() {
        BrowserlessSession staff = staff("reglages.journal");
        String settings = "/staff/sessions/" + session.getNumber() + "/selection/settings";
        Document form = staff.get(settings);
        Map<String, String> fields = new HashMap<>(Map.of("seats", "4", "maxPerOrganisation", "2", "genderMinPercent", "40"));
        fields.put("quotas[" + quotaIndex(form, "Organisations syndicales") + "].min", "1");
        fields.put("quotas[" + quotaIndex(form, "Occitanie") + "].max", "2");
        assertThat(staff.submit(settings, fields).select("#notice").text()).isEqualTo("Les réglages sont enregistrés.");

        String target = "selection-settings:" + session.getNumber();
        assertThat(entry("fr", target, "Réglages de la sélection").text()).contains("reglages.journal@cohorte.test")
                .endsWith("Réglages de la sélection de la " + session.getNumber() + "e session modifiés — places : 30 → 4 ; "
                        + "maximum par organisation : 1 → 2 ; part minimale de chaque genre (%) : (vide) → 40 ; "
                        + "Organisations syndicales : (vide) → ≥ 1 ; Occitanie : (vide) → ≤ 2");
        assertThat(entry("en", target, "Selection settings").text())
                .endsWith("Selection settings of session " + session.getNumber() + " edited — seats: 30 → 4; "
                        + "most per organisation: 1 → 2; least share of each gender (%): (empty) → 40; "
                        + "Organisations syndicales: (empty) → ≥ 1; Occitanie: (empty) → ≤ 2");
    }

    @Test
    void forcingAnApplicationIntoTheCohortIsAuditedWithWhatTheScoresWouldHaveDecided() {
        BrowserlessSession staff = staff("forcage.journal");
        staff.get("/staff/sessions/" + session.getNumber() + "/applications/" + claire.getId());
        staff.submit("/staff/sessions/" + session.getNumber() + "/selection/forcing/" + claire.getId(), Map.of("mode", "IN"));

        assertThat(entry("fr", "application:" + claire.getId(), "Choix du personnel").text()).contains("forcage.journal@cohorte.test")
                .endsWith("Choix du personnel sur une candidature à la " + session.getNumber() + "e session : Claire Martin"
                        + " — sélection : selon les notes → forcée dans la promotion");
        assertThat(entry("en", "application:" + claire.getId(), "Application of Claire Martin").text())
                .endsWith("Application of Claire Martin to session " + session.getNumber() + ": staff’s choice"
                        + " — selection: by the scores → forced into the cohort");
    }

    @Test
    void aChangeOfTheCallForApplicationsIsAuditedWithItsClosingAndPlacesBeforeAndAfter() {
        BrowserlessSession staff = staff("appel.journal");
        String call = "/staff/sessions/" + session.getNumber() + "/applications/call";
        Document form = staff.get(call);
        String closedBefore = applications.callOf(session).orElseThrow().getClosesAt().atZone(ZoneId.of("Europe/Paris"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        staff.submit(call, Map.of("opensAt", form.select("#opensAt").val(), "closesAt", "2027-01-15T18:00", "places", "25",
                "introduction", form.select("#introduction").text()));

        String target = "application-call:" + session.getNumber();
        assertThat(entry("fr", target, "Appel à candidatures").text()).contains("appel.journal@cohorte.test")
                .contains("Appel à candidatures de la " + session.getNumber() + "e session modifié — ")
                .contains("clôture : " + closedBefore + " → 2027-01-15 18:00:00 ; places : 30 → 25");
        assertThat(entry("en", target, "Call for applications").text())
                .contains("Call for applications of session " + session.getNumber() + " edited — ")
                .contains("closing: " + closedBefore + " → 2027-01-15 18:00:00; places: 30 → 25");
    }

    @Test
    void anApplicationWithdrawnByStaffIsAuditedWithItsStatusInTheReadersLanguage() {
        BrowserlessSession staff = staff("retrait.journal");
        staff.get("/staff/sessions/" + session.getNumber() + "/selection");
        staff.confirm("/staff/sessions/" + session.getNumber() + "/selection/applications/" + claire.getId() + "/withdraw");
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, claire.getId())).isEqualTo("WITHDRAWN");

        assertThat(entry("fr", "application:" + claire.getId(), "Candidature à la").text())
                .contains("retrait.journal@cohorte.test")
                .endsWith("Candidature à la " + session.getNumber() + "e session retirée par le personnel : Claire Martin"
                        + " — statut : Déposée → Retirée");
        assertThat(entry("en", "application:" + claire.getId(), "Application of Claire Martin").text())
                .endsWith("Application of Claire Martin to session " + session.getNumber() + " withdrawn by staff"
                        + " — status: Submitted → Withdrawn");
    }

    @Test
    void confirmingACohortAuditsEveryApplicantsNewStatusAndTheConfirmation() {
        Pools pools = new Pools(applications, jdbc);
        Application anne = pools.apply(session, "Anne", "Etat", Pools.STATE, Gender.FEMALE, "Ministère du Travail", Region.BRETAGNE, "18");
        Application bruno = pools.apply(session, "Bruno", "Etat", Pools.STATE, Gender.MALE, "Préfecture du Rhône", Region.NORMANDIE, "17");
        BrowserlessSession staff = staff("confirmation.journal");
        String base = "/staff/sessions/" + session.getNumber() + "/selection";
        staff.get(base + "/settings");
        staff.submit(base + "/settings", Map.of("seats", "1", "maxPerOrganisation", "1"));
        staff.get(base);
        Document result = staff.submit(base + "/runs", Map.of());
        String confirm = result.select("a#confirm").attr("href");
        staff.confirm(confirm);

        String decision = "Décision sur une candidature à la " + session.getNumber() + "e session : ";
        assertThat(entry("fr", "application:" + anne.getId(), decision).text()).contains("confirmation.journal@cohorte.test")
                .endsWith(decision + "Anne Etat — statut : Déposée → Retenue");
        assertThat(entry("fr", "application:" + bruno.getId(), decision).text()).endsWith(decision + "Bruno Etat — statut : Déposée → Liste d’attente");
        assertThat(entry("en", "application:" + bruno.getId(), "Decision").text())
                .endsWith("Decision on the application of Bruno Etat to session " + session.getNumber() + " — status: Submitted → Waiting list");
        assertThat(entry("fr", "application:" + claire.getId(), decision).text())
                .as("unscored").endsWith(decision + "Claire Martin — statut : Déposée → Non retenue");
        assertThat(entry("fr", confirm.replaceAll(".*/runs/(\\d+)/confirm", "selection-run:$1"),
                "Promotion").text()).endsWith("Promotion de la " + session.getNumber() + "e session confirmée (retenus : 1, liste d’attente : 1)");
    }

    @Test
    void aJurorAddedAndRemovedIsAuditedAsJurorOfTheSession() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("jurys.journal@cohorte.test", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        String email = "nouveau.jure." + session.getNumber() + "@jury.test";
        RoleGrant juror = RoleGrant.scoped(Role.JURY, session.getNumber());
        var account = invitePerson.invite(email, "Lucie", "Jurée", juror, Locale.FRENCH);
        withdrawRole.fromAccount(account.getId(), juror);
        SecurityContextHolder.clearContext();

        assertThat(entry("fr", email, "Juré").text()).contains("jurys.journal@cohorte.test Rôle retiré")
                .endsWith("Juré de la " + session.getNumber() + "e session");
        assertThat(entry("en", email, "Juror").text()).contains("Role revoked").endsWith("Juror of session " + session.getNumber());
    }

    @Test
    void anErasedApplicantsNameLeavesTheTrailsEntriesAboutTheirApplication() {
        jury.addDefaultCriteria(session);
        mark(logIn(juror("jure.effacement")), Map.of("comment", "Connaît bien Claire Martin."));
        Long person = persons.findOrCreate(claire.getEmail(), "Claire", "Martin").getId();

        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("effaceur@cohorte.test", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        erasure.erase(person);

        assertThat(jdbc.queryForList("""
                select coalesce(array_to_string(detail_args, '|'), '') || coalesce(array_to_string(changes, '|'), '')
                from audit_event where target = ?""", String.class, "application:" + claire.getId()))
                .isNotEmpty().allSatisfy(said -> assertThat(said).doesNotContain("Martin"));
    }

    /** The administrator's audit page in that language: the latest entry about the target whose detail starts so. */
    private Element entry(String language, String target, String detailStart) {
        Document page = admin.get("/admin/audit?lang=" + language);
        return page.select("#audit-events tbody tr").stream()
                .filter(row -> row.child(3).text().equals(target) && row.child(4).text().startsWith(detailStart))
                .findFirst().orElseThrow(() -> new AssertionError("no entry on " + target + " starting “" + detailStart + "” in "
                        + page.select("#audit-events tbody").text()));
    }

    /** Marks Claire's application through the juror's form: 16 everywhere unless "mark0".."mark2" say otherwise. */
    private void mark(BrowserlessSession juror, Map<String, String> values) {
        var criteria = jury.criteria(session);
        String form = "/jury/sessions/" + session.getNumber() + "/applications/" + claire.getId();
        juror.get(form);
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            fields.put("marks[" + criteria.get(i).getId() + "]", values.getOrDefault("mark" + i, "16"));
        }
        fields.put("comment", values.getOrDefault("comment", ""));
        if (values.containsKey("conflict")) {
            fields.put("conflict", values.get("conflict"));
        }
        assertThat(juror.submit(form, fields).select("#saved")).as("marks saved").isNotEmpty();
    }

    private static int quotaIndex(Document form, String label) {
        Element fieldset = form.select("fieldset[id^=quota-]:has(legend:containsOwn(" + label + "))").first();
        return Integer.parseInt(fieldset.id().substring("quota-".length()));
    }

    private String juror(String name) {
        return accounts.create(name + "." + session.getNumber() + "@jury.test", RoleGrant.scoped(Role.JURY, session.getNumber()), PASSWORD);
    }

    private BrowserlessSession staff(String name) {
        String email = name + "@cohorte.test";
        if (jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email) == 0) {
            accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        }
        return logIn(email);
    }

    private BrowserlessSession logIn(String email) {
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.logIn(email, PASSWORD);
        return browser;
    }
}
