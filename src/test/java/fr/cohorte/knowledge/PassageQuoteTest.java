package fr.cohorte.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A passage of a note kept as a W3C TextQuoteSelector: the exact words and a few words on each side. */
class PassageQuoteTest {

    static final String NOTE = """
            Les exploitations maraîchères emploient l'été, les stations de sports d'hiver l'hiver : ensemble, elles
            offrent un emploi à l'année que ni l'une ni l'autre ne pouvait offrir seule. La formation est mutualisée.""";

    @Test
    void aPassageIsKeptWordForWordWithTheWordsAroundIt() {
        ContributionPassages.Quote quote = ContributionPassages.locate(ContributionPassages.plainText(NOTE),
                "ensemble, elles offrent un emploi à l'année").orElseThrow();

        assertThat(quote.exact()).isEqualTo("ensemble, elles offrent un emploi à l'année");
        assertThat(quote.prefix()).isEqualTo("de sports d'hiver l'hiver : ");
        assertThat(quote.suffix()).isEqualTo(" que ni l'une ni l'autre ne");
    }

    @Test
    void spacesAndLineBreaksOfASelectionDoNotMatter() {
        assertThat(ContributionPassages.locate(ContributionPassages.plainText(NOTE), "  elles\n   offrent  un emploi "))
                .map(ContributionPassages.Quote::exact).contains("elles offrent un emploi");
    }

    @Test
    void thePassageIsReadInTheTextAsReadersSeeItNotInItsMarkdown() {
        String text = ContributionPassages.plainText("Dans une **SCOP**, les salariés *détiennent* la majorité.");

        assertThat(ContributionPassages.locate(text, "une SCOP, les salariés détiennent")).isPresent();
        assertThat(ContributionPassages.locate(text, "**SCOP**")).isEmpty();
    }

    @Test
    void aPassageAtTheStartHasNoPrefixAndOneAtTheEndNoSuffix() {
        String text = ContributionPassages.plainText(NOTE);

        assertThat(ContributionPassages.locate(text, "Les exploitations").orElseThrow().prefix()).isEmpty();
        assertThat(ContributionPassages.locate(text, "est mutualisée.").orElseThrow().suffix()).isEmpty();
    }

    @Test
    void wordsTheNoteDoesNotHoldAreNotAPassage() {
        String text = ContributionPassages.plainText(NOTE);

        assertThat(ContributionPassages.locate(text, "un emploi à vie")).isEmpty();
        assertThat(ContributionPassages.locate(text, "   ")).isEmpty();
        assertThat(ContributionPassages.locate(text, null)).isEmpty();
    }

    @Test
    void rawHtmlTypedIntoANoteIsTextAndStaysTextInAPassage() {
        String text = ContributionPassages.plainText("Avant <script>alert(1)</script> après.");

        assertThat(text).isEqualTo("Avant <script>alert(1)</script> après.");
        assertThat(ContributionPassages.locate(text, "<script>alert(1)</script>")).map(ContributionPassages.Quote::exact)
                .contains("<script>alert(1)</script>");
    }
}
