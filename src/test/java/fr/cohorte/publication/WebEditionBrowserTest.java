package fr.cohorte.publication;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader goes from the book's page to a chapter's and on to the next, on a laptop (1280 px) and on a
 * phone (390 px): every chapter page meets WCAG 2.1 AA and is no wider than the screen, in French and
 * in English, with a chapter written in full (sections, a table, notes) as with one showing its summary.
 * Screenshots go to {@code target/screenshots}.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class WebEditionBrowserTest extends BrowserTestSupport {

    private static final int[] WIDTHS = {1280, 390};
    private static final String BODY = """
            # Ce que disent les acteurs

            Les groupements d'employeurs partagent des salariés entre entreprises d'un même territoire[^1].

            | Forme | Territoires | Salariés |
            | --- | --- | ---: |
            | Groupement d'employeurs | 12 | 340 |
            | Coopérative d'activité | 4 | 85 |

            ## Une condition

            Se connaître d'abord, *avant* d'avoir besoin les uns des autres[^2].

            [^1]: Ce que permet la loi depuis 1985.
            [^2]: Selon les témoignages recueillis en Bavière.
            """;

    @Autowired
    JdbcTemplate jdbc;

    private Long ownBook;

    @AfterEach
    void removeTheOwnBook() {
        // The application is shared with tests that count the catalogue's books.
        if (ownBook != null) {
            jdbc.update("delete from publication where id = ?", ownBook);
        }
    }

    @Test
    void aReaderGoesFromTheBookToItsChaptersOnALaptopAndAPhone() {
        long book = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);

        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            page.navigate(url("/publications/" + book));
            page.locator("#chapter-list").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Coopérer autrement : de nouveaux espaces de coopération")).click();

            assertThat(page.locator("h1")).hasText("Coopérer autrement : de nouveaux espaces de coopération");
            // Other tests of this application edit the demo's chapters: the text is whatever the chapter holds, never empty.
            assertThat(page.locator("#chapter-text p").first()).isVisible();
            assertFitsAndIsAccessible(width, "web-edition-demo-chapter-2-" + width);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chapitre suivant : Préconisations et bonnes pratiques")).click();
            assertThat(page.locator("h1")).hasText("Préconisations et bonnes pratiques");
            assertFitsAndIsAccessible(width, "web-edition-demo-chapter-3-" + width);
        }

        // The language chosen stays for the rest of the visit.
        page.navigate(url("/publications/" + book + "/chapters/1?lang=en"));
        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            page.reload();
            assertThat(page.locator("#cite")).hasText("Cite this chapter");
            assertThat(page.locator("#next-chapter")).containsText("Next chapter: Coopérer autrement");
            assertFitsAndIsAccessible(width, "web-edition-demo-chapter-1-en-" + width);
        }
    }

    @Test
    void aChapterWrittenInFullWithATableAndNotesIsAccessibleOnBothScreens() {
        ownBook = jdbc.queryForObject("insert into publication (title, year, language, licence) values ('Territoires qui coopèrent', 2025, 'fr', 'CC_BY') "
                + "returning id", Long.class);
        long chapter = jdbc.queryForObject("insert into chapter (publication_id, ordinal, title, summary, body, doi) "
                + "values (?, 1, 'Des employeurs qui partagent', 'Les groupements.', ?, '10.1234/territoires.1') returning id", Long.class, ownBook, BODY);
        jdbc.update("insert into chapter_author (chapter_id, position, person_id) values (?, 1, (select min(id) from person))", chapter);
        // Published: the web edition shows a chapter's text once the book has its file.
        jdbc.update("insert into publication_file (publication_id, path, size_bytes, sha256, media_type, origin, stored_at) "
                + "values (?, 'territoires.pdf', 1024, ?, 'application/pdf', 'UPLOADED', now())", ownBook, "0".repeat(64));

        for (int width : WIDTHS) {
            page.setViewportSize(width, 900);
            page.navigate(url("/publications/" + ownBook + "/chapters/1"));

            assertThat(page.locator("#chapter-text table")).isVisible();
            assertThat(page.locator("#chapter-doi")).hasText("10.1234/territoires.1");
            assertFitsAndIsAccessible(width, "web-edition-written-chapter-" + width);
        }
    }

    private void assertFitsAndIsAccessible(int width, String screenshot) {
        int pageWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertThat(pageWidth).as(page.url() + " at " + width + " px is no wider than the screen").isLessThanOrEqualTo(width);
        assertAccessible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + screenshot + ".png")).setFullPage(true));
    }
}
