package fr.cohorte.directory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator brings a new staff member in, who then fills the directory: by hand, and from a
 * spreadsheet whose one bad line is refused before anything is stored.
 */
@CohorteTest(properties = {"cohorte.demo.enabled=true", "spring.mail.host=localhost", "spring.mail.port=3025"})
class StaffOnboardingBrowserTest extends BrowserTestSupport {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    @Test
    void anInvitedStaffMemberFillsTheDirectoryByHandAndFromASpreadsheet() throws Exception {
        logIn("admin@cohorte.test", "Un mot de passe de test assez long");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Horizons").setExact(true)).click();
        assertThat(page.locator("#horizons tbody tr")).not().hasCount(0);
        assertAccessible();
        page.locator("#horizons tbody tr").first().getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("h1")).containsText("Renommer l’horizon");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pages du site").setExact(true)).click();
        assertThat(page.locator("#site-pages tbody tr")).hasCount(4);
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier la page « Mentions légales »")).click();
        assertThat(page.locator("#bodyFr")).not().isEmpty();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration")).click();
        assertAccessible();
        page.getByLabel("Adresse électronique").fill("nadia.equipe@example.org");
        page.getByLabel("Prénom").fill("Nadia");
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Équipe");
        page.locator("#role").selectOption("STAFF");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer l’invitation")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("nadia.equipe@example.org");
        logOut();

        page.navigate(invitationLinkFor("nadia.equipe@example.org"));
        assertThat(page.locator("h1")).hasText("Choisir votre mot de passe");
        assertAccessible();
        page.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(false)).first().fill("Le directoire des sessions");
        page.getByLabel("Confirmation du nouveau mot de passe").fill("Le directoire des sessions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("Votre mot de passe est enregistré");
        assertAccessible();
        page.getByLabel("Mot de passe").fill("Le directoire des sessions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuaire")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partenariats")).click();
        assertThat(page.locator("#partnerships")).containsText("Intefp – Céreq");
        assertThat(page.locator("#partnerships")).containsText("Coédition");
        assertAccessible();
        page.navigate(url("/directory/organisations/new"));
        assertAccessible();
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Coopérative d’essai");
        page.getByLabel("Type").selectOption("COMPANY");
        page.getByLabel("SIREN").fill("123 456 789");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#siren-messages")).containsText("n’est pas valide");
        assertThat(page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true))).hasValue("Coopérative d’essai");
        assertAccessible();
        page.getByLabel("SIREN").fill("732 829 320");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("h1")).hasText("Coopérative d’essai");
        // A duplicate is looked for and compared, then left alone.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fusionner avec un doublon")).click();
        assertThat(page.locator("h1")).hasText("Fusionner deux organisations");
        assertAccessible();
        page.getByLabel("Rechercher", new Page.GetByLabelOptions().setExact(true)).fill("Céreq");
        page.locator("#contenu").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rechercher")).click();
        page.locator("#candidates a").first().click();
        assertThat(page.locator("#comparison")).containsText("Coopérative d’essai");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annuler")).click();
        assertThat(page.locator("h1")).hasText("Coopérative d’essai");

        page.navigate(url("/directory/persons/new"));
        page.getByLabel("Prénom").fill("Bruno");
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Saisi-à-la-main");
        page.getByLabel("Adresse électronique").fill("bruno.saisi@example.org");
        page.getByLabel("Organisation").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Coopérative d’essai"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("h1")).hasText("Bruno Saisi-à-la-main");
        assertAccessible();

        Path spreadsheet = files.resolve("nouveaux.csv");
        Files.writeString(spreadsheet, """
                prénom;nom;email;organisation;horizon
                Alix;Tableur;alix.tableur@example.org;Coopérative d’essai;Journalistes
                Basile;Tableur;pas-une-adresse;Coopérative d’essai;Journalistes
                """);
        page.navigate(url("/directory/persons/import"));
        assertAccessible();
        page.setInputFiles("#file", spreadsheet);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier le fichier")).click();
        assertThat(page.locator("#import-problems")).containsText("Ligne 3, colonne « email »");
        assertThat(page.locator("#import-problems")).containsText("pas-une-adresse");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer 1 personne"))).hasCount(0);
        assertAccessible();
        assertThat(jdbc.queryForObject("select count(*) from person where family_name = 'Tableur'", Integer.class)).isZero();

        Files.writeString(spreadsheet, Files.readString(spreadsheet).replace("pas-une-adresse", "basile.tableur@example.org"));
        page.setInputFiles("#file", spreadsheet);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier le fichier")).click();
        assertThat(page.locator("#import-ready")).containsText("2 lignes prêtes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer 2 personnes")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("2 personnes importées");
        page.getByLabel("Rechercher", new Page.GetByLabelOptions().setExact(true)).fill("Tableur");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
        assertThat(page.locator("#persons tbody tr")).hasCount(2);
        assertAccessible();
    }

    private void logIn(String email, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill(email);
        page.getByLabel("Mot de passe").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");
    }

    private void logOut() {
        page.locator(".fr-header__tools").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Se déconnecter")).click();
    }

    private String invitationLinkFor(String email) throws Exception {
        Pattern link = Pattern.compile("http://\\S+(/invitation/[A-Za-z0-9_-]+)");
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                Matcher matcher = link.matcher((String) message.getContent());
                if (message.getAllRecipients()[0].toString().equals(email) && matcher.find()) {
                    return url(matcher.group(1));
                }
            }
            mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No invitation reached " + email);
    }
}
