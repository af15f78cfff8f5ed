package fr.cohorte.recruitment;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An applicant fills the public form in a real browser, on a wide screen in French and on a phone in English. */
@CohorteTest
class ApplicationFormBrowserTest extends BrowserTestSupport {

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    JdbcTemplate jdbc;

    Session session;

    @BeforeEach
    void openCall() {
        session = new Calls(programme, applications).open();
        ApplicationFormTest.localGovernment(jdbc);
    }

    @Test
    void anApplicantAppliesOnAWideScreenInFrench() {
        page.setViewportSize(1280, 900);
        page.navigate(url("/sessions/" + session.getNumber() + "/apply"));
        assertThat(page.locator("h1")).hasText("Candidater à la " + session.getNumber() + "e session nationale");
        assertAccessible();

        page.getByLabel("Prénom").fill("Claire");
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Martin");
        page.locator("#email").fill("claire.navigateur@example.org");
        page.locator("#organisation").fill("Région Occitanie");
        page.locator("#positionTitle").fill("Directrice de l’emploi");
        page.locator("#backgroundId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Collectivités territoriales"));
        page.locator("#sector").fill("Emploi et formation");
        page.locator("#region").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Occitanie"));
        page.locator("#motivation").fill("Faire coopérer les acteurs de l’emploi.");
        page.locator("#cv").setInputFiles(new FilePayload("cv.pdf", "application/pdf", ApplicationFormTest.PDF));
        page.locator("input[name=consent][type=checkbox]").check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma candidature")).click();

        assertThat(page.locator("h1")).hasText("Votre candidature est enregistrée");
        assertAccessible();
    }

    @Test
    void onAPhoneInEnglishARefusedFormNamesEachFieldAndStaysAccessible() {
        page.setViewportSize(375, 740);
        page.navigate(url("/sessions/" + session.getNumber() + "/apply?lang=en"));
        assertThat(page.locator("h1")).hasText("Apply to national session " + session.getNumber());
        assertAccessible();

        page.locator("#givenName").fill("Claire");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my application")).click();

        assertThat(page.locator("#error-summary")).containsText("Family name: This field is required.");
        assertThat(page.locator("#error-summary")).containsText("choose your CV again");
        assertThat(page.locator("#givenName")).hasValue("Claire");
        assertAccessible();
    }

    @Test
    void aCvOverTheFormsLimitGetsAnAccessiblePageSayingSoInEnglish() {
        page.setViewportSize(1280, 900);
        page.navigate(url("/sessions/" + session.getNumber() + "/apply?lang=en"));
        page.locator("#givenName").fill("Claire");
        page.locator("#cv").setInputFiles(new FilePayload("cv.pdf", "application/pdf",
                java.util.Arrays.copyOf(ApplicationFormTest.PDF, 6 * 1024 * 1024)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my application")).click();

        assertThat(page.locator("h1")).hasText("Upload too large");
        assertThat(page.locator("#upload-limit")).containsText("this page accepts at most 5.5 MB");
        assertAccessible();
    }
}
