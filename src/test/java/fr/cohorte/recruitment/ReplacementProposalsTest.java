package fr.cohorte.recruitment;

import java.sql.Timestamp;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seats freed after the confirmation get one stored proposal for all of them, computed when a seat
 * frees or a setting changes and only read by the page. When the only holder of a quota leaves and no
 * cohort can keep it, the page names the quota and by how much, and offers the ways out: relax that
 * setting, accept a proposal that leaves it short, or leave the seat empty with a reason.
 */
@CohorteTest
class ReplacementProposalsTest {

    static final String PASSWORD = "Mot de passe des remplacements";
    static final String PARLIAMENT = "selection-parliament";

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
    String base;
    Pools pools;
    Map<String, Application> byName = new HashMap<>();

    @BeforeEach
    void openCall() {
        session = new Calls(programme, applications).open();
        base = "/staff/sessions/" + session.getNumber() + "/selection";
        pools = new Pools(applications, jdbc);
        jdbc.update("insert into background (code, label_fr, label_en, position) values (?, ?, ?, ?) on conflict (code) do nothing",
                PARLIAMENT, "Parlementaires", "Members of parliament", 40);
    }

    /**
     * Four seats, at least one member of parliament and one trade unionist, one per organisation: Anne,
     * Paul (the only member of parliament selected), Emma and Chloé (the union's seat). Waiting: Fabien
     * (a second Renault), Bruno, David (the only other trade unionist) and Pauline (the only other member
     * of parliament, with the lowest score).
     */
    private BrowserlessSession cohortWithOneMemberOfParliament(String email) {
        add("Anne", "Etat", Pools.STATE, Gender.FEMALE, "Ministère du Travail", "18");
        add("Paul", "Depute", PARLIAMENT, Gender.MALE, "Assemblée nationale", "17");
        add("Emma", "Entreprise", Pools.COMPANY, Gender.FEMALE, "Renault", "16");
        add("Chloé", "Syndicat", Pools.UNION, Gender.FEMALE, "CFDT", "12");
        add("Fabien", "Entreprise", Pools.COMPANY, Gender.MALE, "Renault", "15");
        add("Bruno", "Etat", Pools.STATE, Gender.MALE, "Préfecture du Rhône", "14");
        add("David", "Syndicat", Pools.UNION, Gender.MALE, "CGT", "11");
        add("Pauline", "Senat", PARLIAMENT, Gender.FEMALE, "Sénat", "9");
        return confirmed(email, Map.of(PARLIAMENT, "1", Pools.UNION, "1"));
    }

    /**
     * Four seats, at least two members of parliament: Paul and Pauline hold them, and nobody on the
     * waiting list (Fabien, Bruno, David) is one.
     */
    private BrowserlessSession cohortWithTwoMembersOfParliamentAndNoneWaiting(String email) {
        add("Anne", "Etat", Pools.STATE, Gender.FEMALE, "Ministère du Travail", "18");
        add("Paul", "Depute", PARLIAMENT, Gender.MALE, "Assemblée nationale", "17");
        add("Pauline", "Senat", PARLIAMENT, Gender.FEMALE, "Sénat", "16");
        add("Chloé", "Syndicat", Pools.UNION, Gender.FEMALE, "CFDT", "12");
        add("Fabien", "Entreprise", Pools.COMPANY, Gender.MALE, "Renault", "15");
        add("Bruno", "Etat", Pools.STATE, Gender.MALE, "Préfecture du Rhône", "14");
        add("David", "Syndicat", Pools.UNION, Gender.MALE, "CGT", "11");
        return confirmed(email, Map.of(PARLIAMENT, "2", Pools.UNION, "1"));
    }

    @Test
    void viewingThePageNeverSolvesAndASettingsChangeComputesANewProposal() {
        BrowserlessSession staff = cohortWithOneMemberOfParliament("remplacement.stocke@cohorte.test");
        withdraw(staff, "Chloé");
        Timestamp computed = computedAt();
        assertThat(computed).as("computed when the seat freed").isNotNull();

        Document first = staff.get(base);
        Document second = staff.get(base);

        assertThat(computedAt()).as("two views, no solve").isEqualTo(computed);
        assertThat(first.select(".vacancy button.accept").eachText()).containsExactly("Retenir David Syndicat à sa place");
        assertThat(second.select(".vacancy button.accept").eachText()).containsExactly("Retenir David Syndicat à sa place");

        saveSettings(staff, Map.of(PARLIAMENT, "1"));

        assertThat(computedAt()).as("the union minimum is gone: a new proposal").isAfter(computed);
        assertThat(staff.get(base).select(".vacancy button.accept").eachText())
                .as("Fabien, a second Renault, is still kept out; Bruno has the best score left")
                .containsExactly("Retenir Bruno Etat à sa place");
    }

    @Test
    void acceptingAProposalThatChangedSinceItWasComputedIsRefusedAndANewOneIsComputed() {
        BrowserlessSession staff = cohortWithOneMemberOfParliament("remplacement.change@cohorte.test");
        Document page = withdraw(staff, "Chloé");
        Timestamp computed = computedAt();
        // David withdraws from the waiting list by a path that publishes nothing: the stored proposal is stale.
        jdbc.update("update application set status = 'WITHDRAWN' where id = ?", byName.get("David").getId());

        Document refused = staff.submit(page.select("form:has(button.accept)").attr("action"), Map.of());

        assertThat(refused.select("#page-refusal").text()).isEqualTo("La proposition a changé depuis l’affichage de la page : relisez-la.");
        assertThat(status("David")).isEqualTo("WITHDRAWN");
        assertThat(computedAt()).isAfter(computed);
        assertThat(refused.select(".vacancy button.accept")).as("no trade unionist is left to propose").isEmpty();
        assertThat(refused.select(".vacancy .shortfall").text()).startsWith("Il manque 1 personne pour l’horizon « Organisations syndicales »");
    }

    @Test
    void twoWithdrawalsIncludingTheOnlyMemberOfParliamentAreFilledByOneProposalThatKeepsEveryQuotaAndEveryoneElse() {
        BrowserlessSession staff = cohortWithOneMemberOfParliament("remplacement.deux@cohorte.test");
        withdraw(staff, "Paul");
        Document page = withdraw(staff, "Anne");

        assertThat(proposalKind()).isEqualTo("FILLED");
        assertThat(proposed("entering_ids")).containsExactly(byName.get("Bruno").getId(), byName.get("Pauline").getId());
        assertThat(proposed("leaving_ids")).as("every remaining participant stays").isEmpty();
        assertThat(page.select(".vacancy button.accept").eachText())
                .as("Pauline, the only member of parliament left, takes a seat although Fabien and David score higher")
                .containsExactly("Retenir Bruno Etat à sa place", "Retenir Pauline Senat à sa place");
        assertThat(page.select(".vacancy .proposal").first().text()).doesNotContain("#")
                .contains("Paul Depute, Anne Etat").contains("toutes les autres personnes retenues restent");

        Document first = staff.submit(page.select("form:has(button.accept)").first().attr("action"), Map.of());
        staff.submit(first.select("form:has(button.accept)").attr("action"), Map.of());

        assertThat(status("Bruno")).isEqualTo("SELECTED");
        assertThat(status("Pauline")).isEqualTo("SELECTED");
        assertThat(selectedWith(PARLIAMENT)).isEqualTo(1);
        assertThat(selectedWith(Pools.UNION)).isEqualTo(1);
        assertThat(proposalKind()).as("no seat left open, no proposal kept").isNull();
    }

    @Test
    void threeWithdrawalsIncludingTheOnlyMemberOfParliamentAndTheOnlyTradeUnionistAreFilledTogether() {
        BrowserlessSession staff = cohortWithOneMemberOfParliament("remplacement.trois@cohorte.test");
        withdraw(staff, "Paul");
        withdraw(staff, "Anne");
        Document page = withdraw(staff, "Chloé");

        assertThat(proposalKind()).isEqualTo("FILLED");
        assertThat(proposed("entering_ids")).containsExactly(byName.get("Bruno").getId(), byName.get("David").getId(),
                byName.get("Pauline").getId());
        assertThat(proposed("leaving_ids")).as("Emma stays").isEmpty();
        assertThat(page.select(".vacancy button.accept").eachText()).containsExactly("Retenir Bruno Etat à sa place",
                "Retenir David Syndicat à sa place", "Retenir Pauline Senat à sa place");
    }

    @Test
    void whenTheOnlyMemberOfParliamentLeftCannotHoldTheMinimumThePageNamesTheQuotaByHowMuchAndOffersThreeWaysOut() {
        BrowserlessSession staff = cohortWithTwoMembersOfParliamentAndNoneWaiting("remplacement.impasse@cohorte.test");
        withdraw(staff, "Paul");
        Document page = withdraw(staff, "Anne");

        assertThat(proposalKind()).isEqualTo("SHORT");
        assertThat(page.select(".vacancy").first().select(".shortfall").text())
                .isEqualTo("Il manque 1 personne pour l’horizon « Parlementaires » : quota minimum 2, 1 possible.");
        assertThat(page.select(".vacancy .proposal").first().text()).startsWith("Sans Paul Depute, Anne Etat, aucune promotion ne peut tenir tous les quotas")
                .contains("garde 2 des 2 personnes restantes");

        page = staff.get(base);
        Element paulsSeat = page.select(".vacancy").first();
        Document settings = staff.get(paulsSeat.select("a.relax-setting").attr("href").replaceFirst("#.*", ""));
        String anchor = paulsSeat.select("a.relax-setting").attr("href").replaceFirst(".*#", "");
        assertThat(settings.getElementById(anchor)).as("the link leads to the minimum's field").isNotNull();
        assertThat(settings.getElementById(anchor).val()).isEqualTo("2");
        assertThat(paulsSeat.select("button.accept-short").text())
                .isEqualTo("Retenir Fabien Entreprise à la place de Paul Depute en laissant ce quota incomplet");
        assertThat(page.select(".vacancy").get(1).select("button.accept-short").text())
                .as("elision before a vowel").isEqualTo("Retenir Bruno Etat à la place d’Anne Etat en laissant ce quota incomplet");
        assertThat(paulsSeat.select("form.leave-empty textarea[name=reason][required]")).hasSize(1);
        assertThat(page.select(".vacancy button.accept")).as("no plain acceptance in a dead end").isEmpty();
        assertThat(staff.get(base + "?lang=en").select(".vacancy").first().select(".shortfall").text())
                .isEqualTo("1 person is missing for background “Members of parliament”: minimum quota 2, 1 possible.");
    }

    @Test
    void relaxingTheQuotaAtFaultGivesANewProposalThatKeepsEveryQuota() {
        BrowserlessSession staff = cohortWithTwoMembersOfParliamentAndNoneWaiting("remplacement.assouplir@cohorte.test");
        withdraw(staff, "Paul");
        withdraw(staff, "Anne");

        saveSettings(staff, Map.of(PARLIAMENT, "1", Pools.UNION, "1"));

        assertThat(proposalKind()).isEqualTo("FILLED");
        Document page = staff.get(base);
        assertThat(page.select(".vacancy .shortfall")).isEmpty();
        assertThat(page.select(".vacancy button.accept").eachText())
                .containsExactly("Retenir Fabien Entreprise à sa place", "Retenir Bruno Etat à sa place");
    }

    @Test
    void acceptingAProposalThatLeavesTheQuotaShortIsSaidAndRecordedOnTheSeatAndInTheAuditTrail() {
        BrowserlessSession staff = cohortWithTwoMembersOfParliamentAndNoneWaiting("remplacement.incomplet@cohorte.test");
        withdraw(staff, "Paul");
        Document page = withdraw(staff, "Anne");

        Document accepted = staff.submit(page.select(".vacancy").first().select("form:has(button.accept-short)").attr("action"), Map.of());

        assertThat(accepted.select("#notice").text()).startsWith("Le remplacement est fait en laissant un quota incomplet");
        assertThat(status("Fabien")).isEqualTo("SELECTED");
        assertThat(accepted.select(".vacancy-filled-short li").text())
                .isEqualTo("Il manque 1 personne pour l’horizon « Parlementaires » : quota minimum 2, 1 possible.");
        assertThat(jdbc.queryForObject("select shortfalls from selection_vacancy where withdrawn_id = ?", String.class,
                byName.get("Paul").getId())).contains("\"minimum\":2").contains("\"count\":1");
        assertThat(jdbc.queryForList("select detail_code from audit_event where target = ?", String.class,
                "application:" + byName.get("Fabien").getId())).contains("audit.detail.replacement.accepted-short");
        assertThat(accepted.select(".vacancy button.accept-short").text()).as("Anne's seat, still open, gets a new proposal")
                .isEqualTo("Retenir Bruno Etat à la place d’Anne Etat en laissant ce quota incomplet");
    }

    @Test
    void leavingASeatEmptyNeedsAReasonWhichIsRecordedShownAndEndsTheCallForAReplacement() {
        BrowserlessSession staff = cohortWithTwoMembersOfParliamentAndNoneWaiting("remplacement.vide@cohorte.test");
        withdraw(staff, "Paul");
        Document page = withdraw(staff, "Anne");
        String leaveEmpty = page.select(".vacancy").first().select("form.leave-empty").attr("action");

        Document refused = staff.submit(leaveEmpty, Map.of("reason", "   "));
        assertThat(refused.select("#page-refusal").text()).isEqualTo("Indiquez pourquoi la place reste vide.");
        assertThat(refused.select(".vacancy")).hasSize(2);

        Document left = staff.submit(leaveEmpty, Map.of("reason", "Le siège parlementaire sera pourvu à la session suivante."));

        assertThat(left.select("#notice").text()).isEqualTo("La place est laissée vide ; la raison est notée.");
        assertThat(left.select(".vacancy")).as("only Anne's seat still asks for a replacement").hasSize(1);
        assertThat(left.select(".vacancy-empty").text()).startsWith("La place de Paul Depute reste vide (décision de remplacement.vide@cohorte.test le ")
                .endsWith(" : Le siège parlementaire sera pourvu à la session suivante.");
        assertThat(jdbc.queryForObject("select left_empty_reason from selection_vacancy where withdrawn_id = ?", String.class,
                byName.get("Paul").getId())).isEqualTo("Le siège parlementaire sera pourvu à la session suivante.");
        assertThat(jdbc.queryForList("select detail_code from audit_event where target = ?", String.class,
                "application:" + byName.get("Paul").getId())).contains("audit.detail.replacement.left-empty");
        assertThat(proposed("vacancy_ids")).as("the proposal is now for Anne's seat alone").hasSize(1);
        assertThat(left.select(".vacancy button.accept-short").text())
                .isEqualTo("Retenir Fabien Entreprise à la place d’Anne Etat en laissant ce quota incomplet");
    }

    @Test
    void aSeatFreedBeforeProposalsWereStoredOffersToComputeOneAndStaffGetIt() {
        BrowserlessSession staff = cohortWithOneMemberOfParliament("remplacement.ancien@cohorte.test");
        withdraw(staff, "Chloé");
        jdbc.update("delete from replacement_proposal where session_id = ?", session.getId());

        Document page = staff.get(base);
        assertThat(page.select(".vacancy").text()).contains("Aucune proposition n’est encore calculée pour cette place.");
        assertThat(page.select(".vacancy button.accept")).isEmpty();

        Document proposed = staff.submit(base + "/proposal", Map.of());

        assertThat(proposed.select("#notice").text()).isEqualTo("Une nouvelle proposition est calculée.");
        assertThat(proposed.select(".vacancy button.accept").eachText()).containsExactly("Retenir David Syndicat à sa place");
        assertThat(jdbc.queryForList("select detail_code from audit_event where target = ?", String.class,
                "selection-settings:" + session.getNumber())).contains("audit.detail.replacement.proposed");
    }

    /**
     * Four seats, at least one trade unionist, one per organisation: Anne, Bruno, Emma (Renault) and Chloé
     * (the union's seat). Waiting: Fabien (a second Renault), Renaud (the only other trade unionist, also at
     * Renault) and Gilles. When Chloé leaves, nobody alone keeps every quota: Renaud needs Emma's seat too.
     */
    @Test
    void aProposalThatTakesAParticipantOutIsAcceptedOnceItsConsequencesAreConfirmedAndAudited() {
        add("Anne", "Etat", Pools.STATE, Gender.FEMALE, "Ministère du Travail", "18");
        add("Bruno", "Etat", Pools.STATE, Gender.MALE, "Préfecture du Rhône", "17");
        add("Emma", "Entreprise", Pools.COMPANY, Gender.FEMALE, "Renault", "16");
        add("Chloé", "Syndicat", Pools.UNION, Gender.FEMALE, "CFDT", "12");
        add("Fabien", "Entreprise", Pools.COMPANY, Gender.MALE, "Renault", "15");
        add("Renaud", "Syndicat", Pools.UNION, Gender.MALE, "Renault", "10");
        add("Gilles", "Entreprise", Pools.COMPANY, Gender.MALE, "Michelin", "9");
        BrowserlessSession staff = confirmed("remplacement.recompose@cohorte.test", Map.of(Pools.UNION, "1"));

        Document page = withdraw(staff, "Chloé");

        assertThat(proposalKind()).isEqualTo("RESOLVED");
        assertThat(page.select(".vacancy .proposal").text()).endsWith("Entrent : Renaud Syndicat, Gilles Entreprise. Sortent : Emma Entreprise.");
        String accept = page.select(".vacancy a.accept-recomposed").attr("href");
        assertThat(accept).as("the proposal can be accepted").startsWith(base + "/proposal/");

        Document confirmation = staff.get(accept);
        assertThat(confirmation.select("#consequences li").eachText()).containsExactly(
                "Entrent dans la promotion : Renaud Syndicat, Gilles Entreprise.",
                "Sort de la promotion pour tenir les quotas, bien que sa sélection lui ait été annoncée : Emma Entreprise. "
                        + "Cette personne revient sur la liste d’attente.",
                "2 des 3 personnes restantes gardent leur place ; la promotion compte de nouveau 4 participants.",
                "3 courriels partent aussitôt : un courriel parti ne peut pas être rappelé.");
        assertThat(status("Emma")).as("nothing changes before the confirmation").isEqualTo("SELECTED");

        Document done = staff.submit(accept, Map.of());

        assertThat(done.select("#notice").text()).startsWith("La promotion est recomposée");
        assertThat(List.of(status("Emma"), status("Renaud"), status("Gilles"))).containsExactly("WAITLISTED", "SELECTED", "SELECTED");
        assertThat(jdbc.queryForList("select p.email from participant pa join person p on p.id = pa.person_id where pa.session_id = ?",
                String.class, session.getId())).containsExactlyInAnyOrder(byName.get("Anne").getEmail(), byName.get("Bruno").getEmail(),
                byName.get("Renaud").getEmail(), byName.get("Gilles").getEmail());
        assertThat(jdbc.queryForList("select body from mail_outbox where recipient = ?", String.class, byName.get("Emma").getEmail()))
                .anySatisfy(body -> assertThat(body).contains("votre candidature n’y figure plus"));
        assertThat(jdbc.queryForList("select detail_code from audit_event where target = ?", String.class,
                "application:" + byName.get("Emma").getId())).contains("audit.detail.application.taken-out");
        assertThat(jdbc.queryForList("select detail_code from audit_event where target = ?", String.class,
                "application:" + byName.get("Renaud").getId())).contains("audit.detail.replacement.accepted-recomposed");
        assertThat(done.select(".vacancy")).as("the seat is filled").isEmpty();
        assertThat(done.select(".vacancy-filled").text()).contains("Renaud Syndicat");
    }

    private BrowserlessSession confirmed(String email, Map<String, String> minimums) {
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
        saveSettings(staff, minimums);
        staff.get(base);
        Document result = staff.submit(base + "/runs", Map.of());
        staff.confirm(result.select("a#confirm").attr("href"));
        return staff;
    }

    private Document withdraw(BrowserlessSession staff, String givenName) {
        return staff.confirm(base + "/applications/" + byName.get(givenName).getId() + "/withdraw");
    }

    private void add(String givenName, String familyName, String background, Gender gender, String organisation, String score) {
        byName.put(givenName, pools.apply(session, givenName, familyName, background, gender, organisation, Region.ILE_DE_FRANCE, score));
    }

    private void saveSettings(BrowserlessSession staff, Map<String, String> minimums) {
        Document form = staff.get(base + "/settings");
        Map<String, String> fields = new HashMap<>(Map.of("seats", "4", "maxPerOrganisation", "1"));
        Map<String, String> labels = Map.of(PARLIAMENT, "Parlementaires", Pools.UNION, "Organisations syndicales");
        minimums.forEach((code, min) -> fields.put("quotas[" + quotaIndex(form, labels.get(code)) + "].min", min));
        Document saved = staff.submit(base + "/settings", fields);
        assertThat(saved.select("#notice").text()).isEqualTo("Les réglages sont enregistrés.");
    }

    private static int quotaIndex(Document form, String label) {
        Element fieldset = form.select("fieldset[id^=quota-]:has(legend:containsOwn(" + label + "))").first();
        return Integer.parseInt(fieldset.id().substring("quota-".length()));
    }

    private Timestamp computedAt() {
        return jdbc.queryForList("select computed_at from replacement_proposal where session_id = ?", Timestamp.class, session.getId())
                .stream().findFirst().orElse(null);
    }

    private String proposalKind() {
        return jdbc.queryForList("select kind from replacement_proposal where session_id = ?", String.class, session.getId())
                .stream().findFirst().orElse(null);
    }

    private List<Long> proposed(String column) {
        return jdbc.queryForList("select unnest(" + column + ") from replacement_proposal where session_id = ?", Long.class,
                session.getId());
    }

    private int selectedWith(String background) {
        return jdbc.queryForObject("select count(*) from application a join background b on b.id = a.background_id "
                + "where a.session_id = ? and a.status = 'SELECTED' and b.code = ?", Integer.class, session.getId(), background);
    }

    private String status(String givenName) {
        return jdbc.queryForObject("select status from application where id = ?", String.class, byName.get(givenName).getId());
    }
}
