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

    private static Element entryOn(org.jsoup.nodes.Document page) {
        return page.select("#audit-events tbody tr").stream()
                .filter(row -> row.text().contains("session:" + SESSION) && row.text().contains("demain →"))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for the edit of session " + SESSION + " in " + page.text()));
    }
}
