package fr.cohorte.publication;

import java.util.concurrent.CompletableFuture;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A reader picks the EPUB edition of the demo's book, on a laptop and on a phone. */
@CohorteTest(properties = {
        "cohorte.demo.enabled=true",
        "cohorte.demo.render-book=true",
        "cohorte.publication.max-upload-size=64KB",
        "spring.servlet.multipart.max-file-size=10MB",
        "spring.servlet.multipart.max-request-size=10MB"})
class PublicationEpubBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BookRendering rendering;

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void aReaderChoosesTheEpubBesideThePdfInTheCatalogueAndOnTheBookPage(int width) {
        long book = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        rendering.running(book).ifPresent(CompletableFuture::join);
        page.setViewportSize(width, 900);

        page.navigate(url("/publications"));
        // Other tests of this context may add books of their own: only the demo's is looked at.
        var editions = page.locator("#publications > li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Construire des espaces de coopération")).locator(".cohorte-edition");
        assertThat(editions).hasCount(2);
        assertThat(editions.nth(0)).containsText("PDF (");
        assertThat(editions.nth(1)).containsText("EPUB (");
        assertAccessible();

        page.navigate(url("/publications/" + book));
        assertThat(page.locator("#edition-epub p")).containsText("EPUB 3 accessible");
        assertAccessible();
        long before = epubDownloads(book);
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Télécharger l’EPUB"))).click());

        assertThat(download.suggestedFilename()).isEqualTo("rosenfeld2016.epub");
        assertThat(epubDownloads(book)).isEqualTo(before + 1);
    }

    private long epubDownloads(long book) {
        return jdbc.queryForObject("select coalesce(sum(downloads), 0) from publication_download where publication_id = ? and format = 'EPUB'",
                Long.class, book);
    }
}
