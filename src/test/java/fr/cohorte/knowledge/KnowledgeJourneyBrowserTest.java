package fr.cohorte.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.publication.PdfConformance;

/**
 * From a note to the book and to the public: the 34th session's coordinator selects a passage of a
 * cohort's note and turns it into a practice, publishes it, writes a recommendation resting on it,
 * embeds both cards in chapter 3, previews it and renders the PDF, which veraPDF finds PDF/A-3u and
 * PDF/UA-1. A visitor then finds the practice by a French word in another inflection and without
 * accents, and no query or facet count shows them a note that is not public. axe-core checks every
 * page at 1280 and 390 pixels.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class KnowledgeJourneyBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Un mot de passe de test assez long";
    static final String NOTE = "Ce que partage un groupement d'employeurs";
    static final String PASSAGE = "ensemble, elles offrent un emploi à l'année que ni l'une ni l'autre ne pouvait offrir seule";
    static final String PRACTICE = "Des coopératives d’employeurs pour un emploi à l’année";
    static final String RECOMMENDATION = "Faire connaître les coopératives d’employeurs aux exploitations saisonnières";

    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired fr.cohorte.search.SearchIndex searchIndex;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    private String chapterBefore;

    /** The demo is shared with other tests of the same context: what the journey adds goes again. */
    @org.junit.jupiter.api.AfterEach
    void putTheDemoBack() {
        java.util.List<Long> practices = jdbc.queryForList("select id from practice where title = ?", Long.class, PRACTICE);
        java.util.List<Long> recommendations = jdbc.queryForList("select id from recommendation where title = ?", Long.class,
                RECOMMENDATION);
        jdbc.update("delete from recommendation where title = ?", RECOMMENDATION);
        jdbc.update("delete from practice where title = ?", PRACTICE);
        if (chapterBefore != null) {
            jdbc.update("update chapter set body = ? where ordinal = 3 and publication_id ="
                    + " (select id from publication where session_id = (select id from session where number = 34))", chapterBefore);
        }
        transactions.executeWithoutResult(status -> {
            searchIndex.reindex(Practice.class, practices);
            searchIndex.reindex(Recommendation.class, recommendations);
        });
    }

    @Test
    void aCoordinatorTurnsAPassageIntoAPracticeAndABookCardAndTheVisitorFindsOnlyWhatIsPublic() throws IOException {
        long book = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        long chapter = jdbc.queryForObject("select id from chapter where publication_id = ? and ordinal = 3", Long.class, book);
        long note = jdbc.queryForObject("select id from contribution where title = ?", Long.class, NOTE);
        chapterBefore = jdbc.queryForObject("select body from chapter where id = ?", String.class, chapter);
        accounts.create("coordination@savoirs.test", RoleGrant.scoped(Role.COORDINATOR, book), PASSWORD);
        page.navigate(url("/login"));
        page.locator("#email").fill("coordination@savoirs.test");
        page.locator("#password").fill("Un mot de passe de test assez long");
        page.locator("#password").press("Enter");

        // A passage selected in the note fills the form; the practice keeps it with its context.
        page.navigate(url("/knowledge/contributions/" + note));
        assertThat(page.locator("h1")).hasText(NOTE);
        accessibleAtBothWidths();
        page.evaluate("passage => { const body = document.getElementById('contribution-body');"
                + " const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);"
                + " for (let node = walker.nextNode(); node; node = walker.nextNode()) {"
                + "   const at = node.data.indexOf(passage); if (at >= 0) {"
                + "     const range = document.createRange(); range.setStart(node, at); range.setEnd(node, at + passage.length);"
                + "     const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range); return; } } }",
                PASSAGE);
        assertThat(page.locator("#passage-text")).hasValue(PASSAGE);
        page.locator("#passage-practice-title").fill(PRACTICE);
        page.locator("#passage-submit").click();

        assertThat(page.locator("#practice-from-passage")).isVisible();
        long practice = idIn(page.url(), "/knowledge/practices/(\\d+)/edit");
        assertThat(page.locator("#practice-sources")).containsText(PASSAGE);
        accessibleAtBothWidths();
        assertThat(jdbc.queryForObject("select quote_prefix || '[' || quote_exact || ']' || quote_suffix from practice_source"
                + " where practice_id = ? and kind = 'CONTRIBUTION'", String.class, practice))
                .isEqualTo("de sports d'hiver l'hiver : [" + PASSAGE + "]. La formation est mutualisée :");
        page.locator("#practice-status-form select").selectOption("PUBLISHED");
        page.locator("#practice-status-form button").click();
        assertThat(page.locator("h1")).hasText(PRACTICE);
        assertThat(page.locator("#practice-provenance")).containsText(PASSAGE);
        accessibleAtBothWidths();

        // A recommendation rests on it, carried by chapter 3.
        page.navigate(url("/knowledge/recommendations/new"));
        page.getByLabel("Intitulé").fill(RECOMMENDATION);
        page.locator("#text").fill("Que les chambres d’agriculture présentent les coopératives d’employeurs aux exploitations.");
        // DSFR draws its checkboxes over their labels: a click goes to the label, as a person's would.
        page.locator("#recommendation-form label").filter(new Locator.FilterOptions().setHasText("L’État")).click();
        page.locator("#recommendation-form label").filter(new Locator.FilterOptions().setHasText(PRACTICE)).click();
        assertThat(page.getByLabel(PRACTICE)).isChecked();
        page.locator("#sessionNumber").selectOption("34");
        page.locator("#chapterId").selectOption(String.valueOf(chapter));
        accessibleAtBothWidths();
        page.locator("#recommendation-form button[type=submit]").click();
        long recommendation = idIn(page.url(), "/(?:knowledge/)?recommendations/(\\d+)");
        page.navigate(url("/knowledge/recommendations/" + recommendation + "/edit"));
        page.locator("#recommendation-status-form select").selectOption("PUBLISHED");
        page.locator("#recommendation-status-form button").click();
        assertThat(page.locator("h1")).hasText(RECOMMENDATION);
        assertThat(page.locator("#recommendation-chapter")).containsText("Chapitre 3");
        accessibleAtBothWidths();

        // Both cards go into chapter 3, where the preview shows them as the book will.
        page.navigate(url("/publications/" + book + "/manage/chapters/" + chapter));
        String body = page.getByLabel("Texte du chapitre").inputValue();
        page.getByLabel("Texte du chapitre").fill(body + "\n\n::practice[" + practice + "]\n\n::recommendation[" + recommendation + "]\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le chapitre")).click();
        page.navigate(url("/publications/" + book + "/manage/chapters/" + chapter + "/preview"));
        assertThat(page.locator(".cohorte-book-card[data-card='::practice[" + practice + "]']")).containsText(PRACTICE);
        assertThat(page.locator(".cohorte-book-card[data-card='::recommendation[" + recommendation + "]']"))
                .containsText(RECOMMENDATION);
        accessibleAtBothWidths();

        page.navigate(url("/publications/" + book + "/manage"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Générer le PDF")).click();
        assertThat(page.locator("#rendering-succeeded")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        APIResponse pdf = page.request().get(url("/publications/" + book + "/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        byte[] file = pdf.body();
        assertThat(PdfConformance.failedRules(file, PDFAFlavour.PDFA_3_U)).isEmpty();
        assertThat(PdfConformance.failedRules(file, PDFAFlavour.PDFUA_1)).isEmpty();
        try (PDDocument document = Loader.loadPDF(file)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(PRACTICE, RECOMMENDATION, "PRATIQUE DE COOPÉRATION");
        }

        // A visitor: the practice by another inflection without accents, and no private note by any query.
        context.clearCookies();
        page.navigate(url("/search?q=cooperative"));
        assertThat(page.locator("#search-hits")).containsText(PRACTICE);
        accessibleAtBothWidths();
        for (String query : new String[] {"groupement", "creuser", "cogestion", "employeurs", "synthese", "apprentissage"}) {
            page.navigate(url("/search?q=" + query));
            assertThat(page.locator("#search-hits a[href^='/knowledge/contributions/']")).hasCount(0);
            assertThat(page.locator("#facet-kind a[data-kind=contribution]")).hasCount(0);
        }
        page.navigate(url("/search?q=scop"));
        assertThat(page.locator("#facet-kind a[data-kind=contribution]")).hasText("Notes (1)");
        page.navigate(url("/practices/" + practice));
        assertThat(page.locator("h1")).hasText(PRACTICE);
        assertThat(page.locator("#practice-provenance")).containsText(PASSAGE);
        // The note itself is the cohort's: the visitor reads the passage, not a link to the note.
        assertThat(page.locator("#practice-provenance a[href='/knowledge/contributions/" + note + "']")).hasCount(0);
        accessibleAtBothWidths();
    }

    private void accessibleAtBothWidths() {
        page.setViewportSize(1280, 900);
        assertAccessible();
        page.setViewportSize(390, 844);
        assertAccessible();
        page.setViewportSize(1280, 900);
    }

    private static long idIn(String url, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(url);
        assertThat(matcher.find()).as(url + " matches " + pattern).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
