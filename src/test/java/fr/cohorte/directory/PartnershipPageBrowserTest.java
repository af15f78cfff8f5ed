package fr.cohorte.directory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A staff member attaches the agreement to a partnership in a real browser; the page passes axe-core in both languages. */
@CohorteTest
class PartnershipPageBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Le mot de passe de la convention";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    @Test
    void staffAttachTheAgreementAndThePageIsAccessibleInFrenchAndEnglish() throws Exception {
        long institute = organisation("Institut national du travail");
        long partner = organisation("Centre d’études et de recherches sur les qualifications");
        long partnership = jdbc.queryForObject("""
                insert into partnership (organisation_id, partner_id, kind, start_date, description)
                values (?, ?, 'TRAINING_SUPPORT', date '2015-06-01', 'Appui à la formation des agents') returning id""",
                Long.class, institute, partner);
        accounts.create("convention@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        Path agreement = Files.write(files.resolve("convention.pdf"), TestPdfs.onePage());
        logIn("convention@cohorte.test");

        page.navigate(url("/directory/partnerships"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Institut national du travail – Centre d’études et de recherches sur les qualifications")).click();
        assertThat(page.locator("h1")).containsText("Partenariat");
        assertThat(page.locator("#documents")).containsText("Aucun document");
        assertAccessible();

        page.getByLabel("Joindre un document").setInputFiles(agreement);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le document")).click();
        assertThat(page.locator("#partnership-documents")).containsText("convention.pdf");
        assertAccessible();

        page.navigate(url("/directory/partnerships/" + partnership + "?lang=en"));
        assertThat(page.locator("h1")).containsText("Partnership");
        assertThat(page.locator(".cohorte-facts")).containsText("Support to training");
        assertThat(page.locator("#partnership-documents")).containsText("Uploaded on");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete the partnership")).click();
        assertThat(page.locator("#confirmation-modal")).isVisible();
        assertThat(page.locator("#confirmation-modal")).containsText("The attached document will be deleted with it: convention.pdf.");
        assertAccessible();
    }

    private long organisation(String name) {
        return jdbc.queryForObject("insert into organisation (name, kind) values (?, 'RESEARCH_BODY') returning id", Long.class, name);
    }

    private void logIn(String email) {
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");
    }
}
