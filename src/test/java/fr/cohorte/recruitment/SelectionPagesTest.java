package fr.cohorte.recruitment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff set a session's selection, run it on the scored applications, read why each candidate is in or
 * out, confirm the cohort, and replace a participant who withdraws without breaking a quota.
 */
@CohorteTest
class SelectionPagesTest {

    static final String PASSWORD = "Mot de passe de la sélection";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    SelectionRuns runs;

    @Autowired
    CohortSelection cohortSelection;

    @Autowired
    SelectionWording wording;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    Session session;
    String base;
    Pools pools;
    Map<String, Application> byName = new HashMap<>();

    /**
     * Four seats, one per organisation, at least one trade unionist: Anne, Bruno and Emma have the best
     * scores; Fabien would come next but works at Renault like Emma, and Chloé gets the union's seat.
     */
    @BeforeEach
    void sevenApplications() {
        session = new Calls(programme, applications).open();
        base = "/staff/sessions/" + session.getNumber() + "/selection";
        pools = new Pools(applications, jdbc);
        add("Anne", "Etat", Pools.STATE, Gender.FEMALE, "Ministère du Travail", Region.ILE_DE_FRANCE, "18");
        add("Bruno", "Etat", Pools.STATE, Gender.MALE, "Préfecture du Rhône", Region.AUVERGNE_RHONE_ALPES, "17");
        add("Chloé", "Syndicat", Pools.UNION, Gender.FEMALE, "CFDT", Region.OCCITANIE, "12");
        add("David", "Syndicat", Pools.UNION, Gender.MALE, "CGT", Region.BRETAGNE, "11");
        add("Emma", "Entreprise", Pools.COMPANY, Gender.FEMALE, "Renault", Region.ILE_DE_FRANCE, "16");
        add("Fabien", "Entreprise", Pools.COMPANY, Gender.MALE, "Renault", Region.NORMANDIE, "15");
        add("Gaston", "Syndicat", Pools.UNION, Gender.MALE, "FO", Region.OCCITANIE, null);
    }

    @Test
    void aMinimumAboveItsMaximumIsRefusedOnItsFieldAndTheFormKeepsWhatWasTyped() {
        BrowserlessSession staff = staff("selection.reglages@cohorte.test");
        Document form = staff.get(base + "/settings");
        assertThat(form.select("#seats").val()).as("the call's places by default").isEqualTo("30");
        assertThat(form.select("#maxPerOrganisation").val()).as("one per organisation by default").isEqualTo("1");
        int union = quotaIndex(form, "Organisations syndicales");

        Document refused = staff.submit(base + "/settings", Map.of("seats", "4", "maxPerOrganisation", "1",
                "genderMinPercent", "40", "quotas[" + union + "].min", "3", "quotas[" + union + "].max", "2"));

        assertThat(refused.select(".fr-alert--error h2").text()).isEqualTo("Le formulaire contient des erreurs");
        assertThat(refused.select("#quota-" + union + "-max-messages").text()).isEqualTo("Le maximum (2) est inférieur au minimum (3).");
        assertThat(refused.select("#quota-" + union + "-min").val()).isEqualTo("3");
        assertThat(refused.select("#seats").val()).isEqualTo("4");
        assertThat(refused.select("#genderMinPercent").val()).isEqualTo("40");
        assertThat(jdbc.queryForObject("select count(*) from selection_settings where session_id = ?", Integer.class, session.getId()))
                .isZero();

        Document tooMany = staff.submit(base + "/settings", Map.of("seats", "0", "genderMinPercent", "60"));
        assertThat(tooMany.select("#seats-messages").text()).isEqualTo("Entre 1 et 1 000 places.");
        assertThat(tooMany.select("#genderMinPercent-messages").text()).isEqualTo("Entre 0 et 50 %.");
    }

    @Test
    void aRunSelectsWhatCohortSelectionSelectsAndExplainsEveryCandidate() {
        BrowserlessSession staff = staff("selection.lancer@cohorte.test");
        saveSettings(staff, "4", Map.of(Pools.UNION, "1"));

        Document overview = staff.get(base);
        assertThat(overview.select("#pool").text()).startsWith("6 candidatures notées")
                .contains("1 candidature sans note du jury est laissée de côté");
        assertThat(overview.select("#settings-summary li").eachText()).as("counts agree with their noun, with no “(s)”")
                .contains("Aucune retenue d’office, aucune écartée");
        Document result = staff.submit(base + "/runs", Map.of());

        SelectionResponse expected = cohortSelection.solve(runs.pool(session).request(), wording.in(CohortSelection.DEFAULT_LOCALE));
        assertThat(result.select("#status").text()).startsWith("Optimum prouvé");
        assertThat(names(result, "#selected")).containsExactlyInAnyOrder("Anne Etat", "Bruno Etat", "Emma Entreprise", "Chloé Syndicat");
        assertThat(names(result, "#selected")).containsExactlyInAnyOrderElementsOf(
                expected.selected().stream().map(SelectionPool::nameOf).toList());
        assertThat(result.select("#total").text()).isEqualTo("Total des notes : 63 pour 4 personnes retenues sur 4 places.");
        assertThat(result.select("#unscored").text()).isEqualTo("1 candidature sans note du jury a été laissée de côté.");
        assertThat(names(result, "#waitlist")).containsExactlyElementsOf(
                expected.waitlist().stream().map(SelectionPool::nameOf).toList());

        Element fabien = result.selectFirst("#candidate-" + byName.get("Fabien").getId());
        String sentence = fabien.select(".explanation").text();
        assertThat(sentence).contains("Organisations syndicales").isEqualTo(expected.explanations().get(SelectionPool.idOf(byName.get("Fabien"))))
                .as("people are named without their application number, with elision").contains("à la place d’Emma Entreprise").doesNotContain("#");

        Document cost = staff.get(fabien.select("a.cost-link").attr("href"));
        ForcingCost exact = cohortSelection.forcingCost(runs.pool(session).request(), SelectionPool.idOf(byName.get("Fabien")),
                wording.in(CohortSelection.DEFAULT_LOCALE));
        assertThat(cost.select(".forcing-cost p").text()).isEqualTo(exact.explanation()).contains("ferait baisser").doesNotContain("#");
        assertThat(jdbc.queryForObject("select run_by from selection_run where session_id = ?", String.class, session.getId()))
                .isEqualTo("selection.lancer@cohorte.test");
    }

    @Test
    void impossibleSettingsNameTheQuotaAtFaultAndByHowManyPeople() {
        BrowserlessSession staff = staff("selection.impossible@cohorte.test");
        saveSettings(staff, "4", Map.of(Pools.COMPANY, "3"));
        staff.get(base);

        Document result = staff.submit(base + "/runs", Map.of());

        assertThat(result.select("#status").text()).isEqualTo("Aucune promotion ne peut tenir ces réglages.");
        assertThat(result.select("#conflicts li").eachText()).anySatisfy(conflict -> assertThat(conflict)
                .contains("Au moins 3 pour horizon « Entreprises »").contains("il en manque 1"));
        assertThat(result.select("#confirm")).isEmpty();
    }

    @Test
    void comparingTwoRunsShowsWhoLeavesWhenASeatIsRemoved() {
        BrowserlessSession staff = staff("selection.comparer@cohorte.test");
        saveSettings(staff, "4", Map.of(Pools.UNION, "1"));
        staff.get(base);
        staff.submit(base + "/runs", Map.of());
        saveSettings(staff, "3", Map.of(Pools.UNION, "1"));
        staff.get(base);
        staff.submit(base + "/runs", Map.of());

        Document compare = staff.get(staff.get(base).select("a[href*=compare]").attr("href"));

        assertThat(compare.select("#leaving li").eachText()).containsExactly("Emma Entreprise — Entreprises, 16");
        assertThat(compare.select("#entering li")).isEmpty();
        assertThat(compare.select("#totals .total").eachText()).containsExactly("Total 63 pour 4 personnes", "Total 47 pour 3 personnes");
    }

    @Test
    void confirmingSetsStatusesEnrolsTheSelectedMailsEveryoneAndIsLogged() {
        BrowserlessSession staff = staff("selection.confirmer@cohorte.test");
        saveSettings(staff, "4", Map.of(Pools.UNION, "1"));
        staff.get(base);
        Document result = staff.submit(base + "/runs", Map.of());
        String confirm = result.select("#confirm").attr("href");

        Document overview = staff.confirm(confirm);

        assertThat(overview.select("#notice").text()).startsWith("La promotion est confirmée");
        assertThat(status("Anne")).isEqualTo("SELECTED");
        assertThat(status("Chloé")).isEqualTo("SELECTED");
        assertThat(status("Fabien")).isEqualTo("WAITLISTED");
        assertThat(status("David")).isEqualTo("WAITLISTED");
        assertThat(status("Gaston")).as("unscored").isEqualTo("NOT_SELECTED");
        assertThat(participants()).containsExactlyInAnyOrder("anne.etat." + session.getNumber() + "@example.org",
                "bruno.etat." + session.getNumber() + "@example.org", "emma.entreprise." + session.getNumber() + "@example.org",
                "chloé.syndicat." + session.getNumber() + "@example.org");
        assertThat(decisionMail("Anne")).contains("est retenue pour la " + session.getNumber() + "e session nationale");
        assertThat(decisionMail("Fabien")).contains("liste d’attente (rang 1)");
        assertThat(decisionMail("David")).contains("liste d’attente (rang 2)");
        assertThat(decisionMail("Gaston")).contains("n’a pas été retenue");
        assertThat(jdbc.queryForObject("select confirmed_by from selection_run where session_id = ?", String.class, session.getId()))
                .isEqualTo("selection.confirmer@cohorte.test");
        assertThat(jdbc.queryForObject("select selection_confirmed_at is not null from application_call where session_id = ?",
                Boolean.class, session.getId())).isTrue();
        assertThat(overview.select("#cohort tbody th").eachText()).hasSize(4);
        assertThat(overview.select("#run")).as("no second confirmation").isEmpty();
    }

    @Test
    void aWithdrawnParticipantIsReplacedByTheBestWaitlistedCandidateWhoKeepsTheQuotas() {
        BrowserlessSession staff = staff("selection.remplacer@cohorte.test");
        saveSettings(staff, "4", Map.of(Pools.UNION, "1"));
        staff.get(base);
        Document result = staff.submit(base + "/runs", Map.of());
        staff.confirm(result.select("#confirm").attr("href"));

        Document afterWithdrawal = staff.confirm(base + "/applications/" + byName.get("Chloé").getId() + "/withdraw");

        assertThat(status("Chloé")).isEqualTo("WITHDRAWN");
        assertThat(afterWithdrawal.select(".vacancy h3").text()).as("staff did it, not Chloé")
                .isEqualTo("L’équipe a retiré Chloé Syndicat de la promotion");
        assertThat(participants()).doesNotContain("chloé.syndicat." + session.getNumber() + "@example.org").hasSize(3);
        assertThat(afterWithdrawal.select(".vacancy .proposal").text())
                .as("Fabien scores higher but would be a second Renault and leave no trade unionist")
                .startsWith("David Syndicat remplace Chloé Syndicat : c’est la candidature la mieux notée")
                .doesNotContain("#");

        Document replaced = staff.submit(afterWithdrawal.select("form:has(button.accept)").attr("action"), Map.of());

        assertThat(replaced.select("#notice").text()).startsWith("Le remplacement est fait");
        assertThat(status("David")).isEqualTo("SELECTED");
        assertThat(participants()).contains("david.syndicat." + session.getNumber() + "@example.org").hasSize(4);
        assertThat(decisionMails("David")).anySatisfy(body -> assertThat(body).contains("est retenue"));
        assertThat(replaced.select(".vacancy-filled").text()).startsWith("David Syndicat remplace Chloé Syndicat")
                .contains("selection.remplacer@cohorte.test");
        assertThat(replaced.select(".vacancy")).isEmpty();
    }

    @Test
    void aWithdrawalThroughTheApplicantsOwnLinkAlsoFreesTheSeat() {
        BrowserlessSession staff = staff("selection.lien@cohorte.test");
        saveSettings(staff, "4", Map.of(Pools.UNION, "1"));
        staff.get(base);
        Document result = staff.submit(base + "/runs", Map.of());
        staff.confirm(result.select("#confirm").attr("href"));

        // What the applicant's withdrawal link does, whichever page it is: the status changes and the event is published with it.
        transactions.executeWithoutResult(tx -> {
            jdbc.update("update application set status = 'WITHDRAWN' where id = ?", byName.get("Anne").getId());
            events.publishEvent(new ApplicationWithdrawn(byName.get("Anne").getId(), session.getId(), ApplicationStatus.SELECTED));
        });

        assertThat(participants()).doesNotContain("anne.etat." + session.getNumber() + "@example.org").hasSize(3);
        assertThat(staff.get(base).select(".vacancy h3").text()).isEqualTo("Anne Etat s’est retirée");
    }

    @Test
    void aManWhoWithdrawsThroughHisOwnLinkIsSaidToHaveWithdrawnInTheMasculineAndInEnglishForAnEnglishReader() {
        BrowserlessSession staff = staff("selection.retire@cohorte.test");
        saveSettings(staff, "4", Map.of(Pools.UNION, "1"));
        staff.get(base);
        Document result = staff.submit(base + "/runs", Map.of());
        staff.confirm(result.select("#confirm").attr("href"));

        transactions.executeWithoutResult(tx -> {
            jdbc.update("update application set status = 'WITHDRAWN' where id = ?", byName.get("Bruno").getId());
            events.publishEvent(new ApplicationWithdrawn(byName.get("Bruno").getId(), session.getId(), ApplicationStatus.SELECTED));
        });

        assertThat(staff.get(base).select(".vacancy h3").text()).isEqualTo("Bruno Etat s’est retiré");
        assertThat(staff.get(base + "?lang=en").select(".vacancy h3").text()).isEqualTo("Bruno Etat withdrew");
    }

    @Test
    void twoWithdrawalsIncludingTheOnlyTradeUnionistAreFilledTogetherKeepingTheQuota() {
        add("Gaston", "Etat", Pools.STATE, Gender.MALE, "Mairie de Lyon", Region.AUVERGNE_RHONE_ALPES, "15");
        BrowserlessSession staff = confirmedCohortOfFour("selection.deux@cohorte.test");

        staff.confirm(base + "/applications/" + byName.get("Anne").getId() + "/withdraw");
        Document page = staff.confirm(base + "/applications/" + byName.get("Chloé").getId() + "/withdraw");

        assertThat(page.select(".vacancy button.accept").eachText())
                .as("one solve for both seats: Gaston for Anne's, David (the only trade unionist left) for Chloé's, not David twice")
                .containsExactly("Retenir Gaston Etat à sa place", "Retenir David Syndicat à sa place");
        assertThat(page.select(".vacancy .proposal").first().text()).startsWith("Les places libérées par");
        assertThat(staff.get(base + "?lang=en").select(".vacancy .proposal").first().text())
                .startsWith("The seats freed by").contains("are filled together");

        staff.get(base);
        Document first = staff.submit(page.select("form:has(button.accept)").first().attr("action"), Map.of());
        Document second = staff.submit(first.select("form:has(button.accept)").attr("action"), Map.of());

        assertThat(second.select(".vacancy")).isEmpty();
        assertThat(status("Gaston")).isEqualTo("SELECTED");
        assertThat(status("David")).isEqualTo("SELECTED");
        assertThat(participants()).hasSize(4);
    }

    @Test
    void threeWithdrawalsAtOnceAreFilledTogetherAndEveryRemainingParticipantStays() {
        add("Gaston", "Etat", Pools.STATE, Gender.MALE, "Mairie de Lyon", Region.AUVERGNE_RHONE_ALPES, "15");
        add("Hugo", "Entreprise", Pools.COMPANY, Gender.MALE, "SNCF", Region.BRETAGNE, "14");
        BrowserlessSession staff = confirmedCohortOfFour("selection.trois@cohorte.test");

        staff.confirm(base + "/applications/" + byName.get("Anne").getId() + "/withdraw");
        staff.confirm(base + "/applications/" + byName.get("Bruno").getId() + "/withdraw");
        Document page = staff.confirm(base + "/applications/" + byName.get("Chloé").getId() + "/withdraw");

        assertThat(page.select(".vacancy button.accept").eachText())
                .containsExactly("Retenir Gaston Etat à sa place", "Retenir Hugo Entreprise à sa place", "Retenir David Syndicat à sa place");
        assertThat(page.select(".vacancy .proposal").first().text()).contains("toutes les autres personnes retenues restent");
    }

    @Test
    void whenNoCohortCanKeepAQuotaAfterAWithdrawalThePageNamesTheQuota() {
        BrowserlessSession staff = confirmedCohortOfFour("selection.impasse@cohorte.test");
        // David, the only trade unionist on the waiting list, withdrew through his link: no seat of his to fill.
        jdbc.update("update application set status = 'WITHDRAWN' where id = ?", byName.get("David").getId());
        staff.get(base);

        Document page = staff.confirm(base + "/applications/" + byName.get("Chloé").getId() + "/withdraw");

        assertThat(page.select(".vacancy button.accept")).isEmpty();
        assertThat(page.select(".vacancy .proposal-conflicts li").eachText()).isNotEmpty()
                .anySatisfy(line -> assertThat(line).contains("Organisations syndicales"));
        assertThat(page.select(".vacancy a.relax-settings").attr("href")).isEqualTo(base + "/settings");
        assertThat(page.select(".vacancy form.leave-empty")).as("the seat may still be left empty").hasSize(1);
    }

    private BrowserlessSession confirmedCohortOfFour(String email) {
        BrowserlessSession staff = staff(email);
        saveSettings(staff, "4", Map.of(Pools.UNION, "1"));
        staff.get(base);
        Document result = staff.submit(base + "/runs", Map.of());
        staff.confirm(result.select("#confirm").attr("href"));
        return staff;
    }

    private void add(String givenName, String familyName, String background, Gender gender, String organisation, Region region,
                     String score) {
        byName.put(givenName, pools.apply(session, givenName, familyName, background, gender, organisation, region, score));
    }

    private void saveSettings(BrowserlessSession staff, String seats, Map<String, String> minimums) {
        Document form = staff.get(base + "/settings");
        Map<String, String> fields = new HashMap<>(Map.of("seats", seats, "maxPerOrganisation", "1"));
        Map<String, String> labels = Map.of(Pools.STATE, "Administration de l’État", Pools.UNION, "Organisations syndicales",
                Pools.COMPANY, "Entreprises");
        minimums.forEach((code, min) -> fields.put("quotas[" + quotaIndex(form, labels.get(code)) + "].min", min));
        Document saved = staff.submit(base + "/settings", fields);
        assertThat(saved.select("#notice").text()).isEqualTo("Les réglages sont enregistrés.");
    }

    private static int quotaIndex(Document form, String label) {
        Element fieldset = form.select("fieldset[id^=quota-]:has(legend:containsOwn(" + label + "))").first();
        return Integer.parseInt(fieldset.id().substring("quota-".length()));
    }

    private static List<String> names(Document page, String table) {
        return page.select(table + " tbody th").eachText();
    }

    private String status(String givenName) {
        return jdbc.queryForObject("select status from application where id = ?", String.class, byName.get(givenName).getId());
    }

    private List<String> participants() {
        return jdbc.queryForList("select p.email from participant pa join person p on p.id = pa.person_id where pa.session_id = ?",
                String.class, session.getId());
    }

    private String decisionMail(String givenName) {
        List<String> mails = decisionMails(givenName);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private List<String> decisionMails(String givenName) {
        return jdbc.queryForList("select body from mail_outbox where recipient = ? and subject = ?", String.class,
                byName.get(givenName).getEmail(), "Décision sur votre candidature à la " + session.getNumber() + "e session nationale");
    }

    private BrowserlessSession staff(String email) {
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
        return staff;
    }
}
