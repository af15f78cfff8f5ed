package fr.cohorte.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cohorte.BrowserTestSupport;

/**
 * Every page of the EPUB (cover, title page, contents, chapters) opened in Chromium as the XHTML a
 * reading system shows, and checked with axe-core against WCAG 2.1 AA.
 */
class EpubChaptersBrowserTest extends BrowserTestSupport {

    @TempDir
    Path unpacked;

    @Test
    void everyPageOfAnIllustratedEpubWithNotesAndACoverMeetsWcag21AA() {
        assertEveryPageAccessible(SampleBooks.illustrated());
    }

    @Test
    void everyPageOfAnEpubWithPracticeAndRecommendationCardsMeetsWcag21AA() {
        assertEveryPageAccessible(SampleBooks.withCards());
    }

    @Test
    void everyPageOfAnEpubInEnglishMeetsWcag21AA() {
        assertEveryPageAccessible(SampleBooks.inEnglish());
    }

    private void assertEveryPageAccessible(BookModel book) {
        Map<String, byte[]> files = EpubBookTest.entries(EpubBookTest.epub(book));
        files.forEach((name, content) -> write(unpacked.resolve(name), content));
        files.keySet().stream().filter(name -> name.endsWith(".xhtml")).forEach(name -> {
            page.navigate(unpacked.resolve(name).toUri().toString());
            assertThat(page.evaluate("document.contentType")).as(name).isEqualTo("application/xhtml+xml");
            assertThat(page.locator("parsererror").count()).as(name + " is well-formed XHTML").isZero();
            assertAccessible();
        });
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
