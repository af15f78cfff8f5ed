package fr.cohorte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.SessionDetails;
import fr.cohorte.session.SessionStatus;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The audit trail tells what happened in the reader's language, whoever wrote it and in whichever language they worked. */
@CohorteTest
class AuditTrailLanguageTest {

    static final String PASSWORD = "Le mot de passe du journal en deux langues";
    static final int SESSION = 9471;

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    AuditTrail trail;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void forgetTheActor() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anEntryWrittenWhileAFrenchStaffMemberActedReadsInEnglishForAnEnglishReader() {
        String staff = "journal-fr" + System.nanoTime() + "@cohorte.test";
        accounts.create(staff, RoleGrant.global(Role.STAFF), PASSWORD);
        String admin = "journal-en" + System.nanoTime() + "@cohorte.test";
        accounts.create(admin, RoleGrant.global(Role.ADMIN), PASSWORD);

        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(staff, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        LocaleContextHolder.setLocale(Locale.FRENCH);
        programme.createSession(new SessionDetails(SESSION, "Le travail de demain", null, LocalDate.of(2032, 1, 1),
                LocalDate.of(2032, 12, 31), SessionStatus.PLANNED, List.of()));
        var created = programme.session(SESSION);
        programme.updateSession(SESSION, created.getVersion(), new SessionDetails(SESSION, "L’emploi de demain", null,
                LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31), SessionStatus.PLANNED, List.of()));
        SecurityContextHolder.clearContext();

        BrowserlessSession reader = new BrowserlessSession(port);
        reader.logIn(admin, PASSWORD);
        Element english = entryOn(reader.get("/admin/audit?lang=en"));
        assertThat(english.text())
                .contains(staff)
                .contains("Session edited: “L’emploi de demain” — theme: Le travail de demain → L’emploi de demain")
                .doesNotContain("Session modifiée");
        Element french = entryOn(reader.get("/admin/audit?lang=fr"));
        assertThat(french.text()).contains("Session modifiée : « L’emploi de demain » — thème : Le travail de demain → L’emploi de demain");
    }

    @Test
    void aPersonsNameDoesNotSurviveTheirErasureInTheArgumentsOrChangedValuesOfTheTrail() {
        String target = "person:947100" + System.nanoTime() % 1000;
        transactions.executeWithoutResult(status -> trail.record(AuditAction.UPDATED, target,
                AuditDetail.of("audit.detail.person.updated", "Hortense Vallée").changed("audit.field.person.familyName", "Valle", "Vallée")));
        transactions.executeWithoutResult(status -> trail.forgetDetailsAbout(target));

        var left = jdbc.queryForMap("select detail_code, array_to_string(detail_args, '|') as args, array_to_string(changes, '|') as changes"
                + " from audit_event where target = ?", target);
        assertThat(left.get("args")).isNull();
        assertThat(left.get("changes")).isNull();
        assertThat(left.get("detail_code")).as("the entry stays, saying what was done").isEqualTo("audit.detail.person.updated");
    }

    @Test
    void aPseudonymisedLoginIsReplacedWhereAnEntryGivesItAsAnArgument() {
        String login = "ancien" + System.nanoTime() + "@cohorte.test";
        String target = "token:" + System.nanoTime();
        transactions.executeWithoutResult(status -> trail.record(AuditAction.UPDATED, target,
                AuditDetail.of("audit.detail.person.updated", login).changed("audit.field.person.email", login, "autre@cohorte.test")));
        transactions.executeWithoutResult(status -> trail.pseudonymise(login, "account:947"));

        String args = jdbc.queryForObject("select array_to_string(detail_args || changes, '|') from audit_event where target = ?",
                String.class, target);
        assertThat(args).doesNotContain(login).isEqualTo("account:947|audit.field.person.email|account:947|autre@cohorte.test");
    }

    @Test
    void aChangedDateReadsAsTheReadersLanguageWritesDates() {
        int number = SESSION + 1;
        String admin = "journal-dates" + System.nanoTime() + "@cohorte.test";
        accounts.create(admin, RoleGrant.global(Role.ADMIN), PASSWORD);
        programme.createSession(new SessionDetails(number, "Les dates du journal", null, LocalDate.of(2032, 1, 1),
                LocalDate.of(2032, 12, 31), SessionStatus.PLANNED, List.of()));
        programme.updateSession(number, programme.session(number).getVersion(), new SessionDetails(number, "Les dates du journal", null,
                LocalDate.of(2032, 1, 1), LocalDate.of(2033, 6, 30), SessionStatus.PLANNED, List.of()));

        BrowserlessSession reader = new BrowserlessSession(port);
        reader.logIn(admin, PASSWORD);
        String entry = "session:" + number;
        assertThat(rowOf(reader.get("/admin/audit?lang=en"), entry)).contains("December 31, 2032 → June 30, 2033").doesNotContain("2032-12-31");
        assertThat(rowOf(reader.get("/admin/audit?lang=fr"), entry)).contains("31 décembre 2032 → 30 juin 2033");
    }

    private static String rowOf(org.jsoup.nodes.Document page, String entity) {
        return page.select("#audit-events tbody tr").stream().map(Element::text)
                .filter(text -> text.contains(entity) && text.contains("→")).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + entity + " in " + page.text()));
    }

    private static Element entryOn(org.jsoup.nodes.Document page) {
        return page.select("#audit-events tbody tr").stream()
                .filter(row -> row.text().contains("session:" + SESSION) && row.text().contains("demain →"))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for the edit of session " + SESSION + " in " + page.text()));
    }
}
