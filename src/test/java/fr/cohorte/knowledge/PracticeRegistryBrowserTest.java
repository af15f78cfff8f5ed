package fr.cohorte.knowledge;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staff write and publish a practice with its organisations and territory; an anonymous visitor
 * narrows the registry by a facet and by the map, opens the practice and reads the map's table;
 * in French and English, axe-core clean at 1280 and 390 px on every page.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class PracticeRegistryBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Le mot de passe du registre en ligne";
    static final String TITLE = "Le groupement d’employeurs des vallées du Rhône";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffPublishAPracticeAndAVisitorFindsItByFacetAndByTheMap() {
        accounts.create("equipe@registre.test", RoleGrant.global(Role.STAFF), PASSWORD);
        String organisation = jdbc.queryForObject("select name from organisation order by name limit 1", String.class);
        logIn("equipe@registre.test");

        page.navigate(url("/knowledge/practices"));
        assertThat(page.locator("h1")).hasText("Pratiques et préconisations à éditer");
        accessibleAtBothWidths();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle pratique")).click();
        accessibleAtBothWidths();
        page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill(TITLE);
        page.getByLabel("Type de pratique").selectOption(new SelectOption().setLabel("Groupement d’employeurs (GE, GEIQ)"));
        tick(page.getByLabel("Emploi", new Page.GetByLabelOptions().setExact(true)));
        page.getByLabel("Territoire", new Page.GetByLabelOptions().setExact(true)).selectOption("DEPARTMENT:69");
        page.getByLabel("Organisations impliquées").selectOption(new SelectOption().setLabel(organisation));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Description Markdown accepté.")).fill("Cinq PME **partagent** trois techniciens.");
        tick(page.getByLabel("Étude de cas"));
        page.getByLabel("Session", new Page.GetByLabelOptions().setExact(true)).selectOption("34");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#practice-saved")).isVisible();
        assertThat(page.locator("#practice-status")).hasText("Brouillon");
        accessibleAtBothWidths();
        page.getByLabel("Changer le statut").selectOption("PUBLISHED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer le statut")).click();
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator("#practice-draft-notice")).hasCount(0);
        accessibleAtBothWidths();
        page.locator(".fr-header__tools").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Se déconnecter")).click();

        page.navigate(url("/practices"));
        assertThat(page.locator("h1")).hasText("Registre des pratiques de coopération");
        accessibleAtBothWidths();
        // The demo's registry may hold employer groups too: the facet counts every published one.
        int groups = jdbc.queryForObject("""
                select count(*) from practice p join taxonomy_term t on t.id = p.type_id
                where p.status = 'PUBLISHED' and t.name_fr = 'Groupement d’employeurs (GE, GEIQ)'""", Integer.class);
        page.getByLabel("Type de pratique").selectOption(new SelectOption().setLabel("Groupement d’employeurs (GE, GEIQ) (" + groups + ")"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
        assertThat(page.locator("#practice-count")).hasText(groups == 1 ? "1 pratique" : groups + " pratiques");
        assertThat(page.locator("#practices")).containsText(TITLE);
        accessibleAtBothWidths();

        page.navigate(url("/practices"));
        page.locator("#map-regions a[data-region='84']").click();
        assertThat(page.locator("#region")).hasValue("84");
        assertThat(page.locator("#practices > li")).hasCount(1);
        page.locator("#map-departments a[data-department='69']").click();
        assertThat(page.locator("#department")).hasValue("69");
        assertThat(page.locator("#map-table-departments tbody tr")).hasText("Rhône (69) 1");
        assertThat(page.locator("#map-table-regions tbody tr")).hasText("Auvergne-Rhône-Alpes 1");
        accessibleAtBothWidths();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
        assertThat(page.locator("#practice-organisations")).containsText(organisation);
        assertThat(page.locator("#practice-facts")).containsText("Rhône (69)");
        assertThat(page.locator("#practice-description strong")).hasText("partagent");
        assertThat(page.locator("#practice-cite")).containsText("34e session nationale");
        accessibleAtBothWidths();

        page.navigate(page.url() + "?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#practice-provenance h2")).hasText("Where this comes from");
        accessibleAtBothWidths();
        page.navigate(url("/practices?lang=en"));
        assertThat(page.locator("h1")).hasText("Registry of cooperation practices");
        assertThat(page.locator("#map-table-regions caption")).hasText("Number of practices by region");
        accessibleAtBothWidths();
    }

    /** Ticks a DSFR checkbox or radio button the way a person does: its input is drawn by its label, which takes the click. */
    private void tick(Locator input) {
        page.locator("label[for='" + input.getAttribute("id") + "']").click();
        assertThat(input).isChecked();
    }

    private void accessibleAtBothWidths() {
        page.setViewportSize(1280, 900);
        assertAccessible();
        page.setViewportSize(390, 844);
        assertAccessible();
        page.setViewportSize(1280, 900);
    }

    private void logIn(String email) {
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");
    }
}
