package fr.cohorte.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import fr.cohorte.publication.BookChapter;
import fr.cohorte.publication.BookModel;
import fr.cohorte.publication.Licence;

class BookXhtmlTest {

    @Test
    void htmlTypedInAChapterIsShownAsTextNeverRun() {
        Document xhtml = BookXhtml.of(bookWithChapter("""
                Avant <script>alert('x')</script> après, <img src=x onerror=alert(1)>.

                Un [lien piégé](javascript:alert(1)) et un [lien sûr](https://www.intefp.fr).
                """));

        assertThat(xhtml.select("script:not(head script)")).isEmpty();
        assertThat(xhtml.select("[onerror]")).isEmpty();
        assertThat(xhtml.select("a[href^=javascript]")).isEmpty();
        assertThat(xhtml.select("a[href=https://www.intefp.fr]")).hasSize(1);
        assertThat(xhtml.select(".chapter").text()).contains("<script>alert('x')</script>");
    }

    @Test
    void footnotesAreMovedToWhereTheyAreCalled() {
        Document xhtml = BookXhtml.of(bookWithChapter("Une affirmation[^source].\n\n[^source]: Rapport de 2016, p. 3."));

        assertThat(xhtml.select(".chapter > p").first().html())
                .isEqualTo("Une affirmation<span class=\"footnote\">Rapport de 2016, p. 3.</span>.");
        assertThat(xhtml.select("section.footnotes")).isEmpty();
    }

    @Test
    void sectionHeadingsFollowTheChapterHeadingWithoutSkippingALevel() {
        Document xhtml = BookXhtml.of(bookWithChapter("## Constat\n\n#### Détail\n\n## Suite\n"));

        assertThat(xhtml.select(".chapter :is(h2, h3, h4, h5)").stream().map(e -> e.tagName() + " " + e.text()).toList())
                .containsExactly("h2 Chapitre d’essai", "h3 Constat", "h4 Détail", "h3 Suite");
    }

    @Test
    void aCoverKeepsItsProportionsWithinThePage() throws IOException {
        assertThat(BookXhtml.coverSize(png(400, 100))).as("wider than the page").isEqualTo("width: 160.0mm; height: 40.0mm");
        assertThat(BookXhtml.coverSize(png(100, 400))).as("taller than the page").isEqualTo("width: 60.0mm; height: 240.0mm");
        assertThat(BookXhtml.coverSize(png(600, 900))).as("the page's proportions").isEqualTo("width: 160.0mm; height: 240.0mm");
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void anEnglishBookIsLabelledInEnglish() {
        BookModel book = new BookModel("A book", null, null, List.of("Ann", "Bob"), List.of(), 2026, Locale.ENGLISH,
                null, List.of(), Licence.ALL_RIGHTS_RESERVED, null, null, null, null,
                List.of(new BookChapter(1, "One", List.of(), "Text.", List.of())));

        Document xhtml = BookXhtml.of(book);

        assertThat(xhtml.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(xhtml.text()).contains("Contents", "Chapter 1", "Edited by Ann and Bob", "All rights reserved.");
    }

    private static BookModel bookWithChapter(String markdown) {
        return new BookModel("Essai", null, null, List.of(), List.of(), 2026, Locale.FRENCH, null, List.of(),
                Licence.CC_BY, null, null, null, null,
                List.of(new BookChapter(1, "Chapitre d’essai", List.of(), markdown, List.of())));
    }
}
