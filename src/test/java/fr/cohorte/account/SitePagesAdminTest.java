package fr.cohorte.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;

/** Administrators write the footer's pages in the institute's words; visitors read them, as text, in their language. */
@CohorteTest
class SitePagesAdminTest {

    static final String PASSWORD = "Le mot de passe des pages du site";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    BrowserlessSession admin;
    Map<String, Object> before;

    @BeforeEach
    void anAdministrator() {
        before = jdbc.queryForMap("select title_fr, title_en, body_fr, body_en from site_page where slug = 'mentions-legales'");
        String email = "pages" + System.nanoTime() + "@cohorte.test";
        accounts.create(email, RoleGrant.global(Role.ADMIN), PASSWORD);
        admin = new BrowserlessSession(port);
        admin.logIn(email, PASSWORD);
    }

    @AfterEach
    void putTheTextBack() {
        jdbc.update("update site_page set title_fr = ?, title_en = ?, body_fr = ?, body_en = ? where slug = 'mentions-legales'",
                before.get("title_fr"), before.get("title_en"), before.get("body_fr"), before.get("body_en"));
    }

    @Test
    void theLegalNoticeIsRewrittenAndShownInParagraphsAsTextInBothLanguages() {
        Document list = admin.get("/admin/pages");
        assertThat(list.select("#site-pages tbody th").eachText()).containsExactly("Déclaration d'accessibilité", "Mentions légales", "Données personnelles", "Gestion des cookies");
        admin.get("/admin/pages/mentions-legales/edit");

        admin.submit("/admin/pages/mentions-legales", Map.of("titleFr", "Mentions légales de l’institut",
                "titleEn", "The institute's legal notice",
                "bodyFr", "Éditeur : l’institut.\r\n\r\nHébergement : <b>nos serveurs</b>.",
                "bodyEn", "Publisher: the institute.\n\nHosting: our own servers.",
                "version", admin.page().select("input[name=version]").val()));

        assertThat(admin.path()).isEqualTo("/admin/pages");
        assertThat(admin.page().select(".fr-alert--success").text()).contains("Mentions légales de l’institut");
        Document visitor = new BrowserlessSession(port).get("/pages/mentions-legales");
        assertThat(visitor.select("h1").text()).isEqualTo("Mentions légales de l’institut");
        assertThat(visitor.select("#contenu p").eachText()).containsExactly("Éditeur : l’institut.", "Hébergement : <b>nos serveurs</b>.");
        assertThat(visitor.select("#contenu b")).as("typed markup is shown as text").isEmpty();
        Document english = new BrowserlessSession(port).get("/pages/mentions-legales?lang=en");
        assertThat(english.select("h1").text()).isEqualTo("The institute's legal notice");
        assertThat(english.select("#contenu p").eachText()).containsExactly("Publisher: the institute.", "Hosting: our own servers.");
        assertThat(admin.get("/admin/audit").select("body").text()).contains("site-page:mentions-legales");
    }

    @Test
    void aRewrittenPageIsAuditedWithWhatItsTextWasAndBecame() {
        admin.get("/admin/pages/mentions-legales/edit");

        admin.submit("/admin/pages/mentions-legales", Map.of("titleFr", (String) before.get("title_fr"),
                "titleEn", "Our legal notice", "bodyFr", (String) before.get("body_fr"), "bodyEn", (String) before.get("body_en"),
                "version", admin.page().select("input[name=version]").val()));

        assertThat(jdbc.queryForObject("select array_to_string(changes, '|') from audit_event where target = 'site-page:mentions-legales' "
                + "order by id desc limit 1", String.class))
                .as("only the title changed, from what it was to what it became")
                .isEqualTo("audit.field.site-page.titleEn|" + before.get("title_en") + "|Our legal notice");
        assertThat(admin.get("/admin/audit").select("#audit-events").text()).contains("titre en anglais").contains("Our legal notice");
    }

    @Test
    void anEmptyTitleIsRefusedAndTheFormKeepsWhatWasTyped() {
        admin.get("/admin/pages/mentions-legales/edit");
        String version = admin.page().select("input[name=version]").val();

        Document page = admin.submit("/admin/pages/mentions-legales", Map.of("titleFr", " ", "titleEn", "Legal notice",
                "bodyFr", "Un texte tout neuf.", "bodyEn", "A brand new text.", "version", version));

        assertThat(page.select("#titleFr-messages").text()).contains("Ce champ est obligatoire");
        assertThat(page.select("#bodyFr").text()).isEqualTo("Un texte tout neuf.");
        assertThat(jdbc.queryForObject("select body_fr from site_page where slug = 'mentions-legales'", String.class))
                .isEqualTo(before.get("body_fr"));
    }

    @Test
    void aPageSavedByAnotherAdministratorMeanwhileIsNotOverwritten() {
        admin.get("/admin/pages/mentions-legales/edit");
        String version = admin.page().select("input[name=version]").val();
        jdbc.update("update site_page set version = version + 1, body_fr = 'Écrit par quelqu’un d’autre.' where slug = 'mentions-legales'");

        Document page = admin.submit("/admin/pages/mentions-legales", Map.of("titleFr", "Mentions légales", "titleEn", "Legal notice",
                "bodyFr", "Mon texte.", "bodyEn", "My text.", "version", version));

        assertThat(page.select(".fr-alert--error").text()).isNotBlank();
        assertThat(page.select("#bodyFr").text()).as("what was typed stays in the form").isEqualTo("Mon texte.");
        assertThat(jdbc.queryForObject("select body_fr from site_page where slug = 'mentions-legales'", String.class))
                .isEqualTo("Écrit par quelqu’un d’autre.");
    }
}
