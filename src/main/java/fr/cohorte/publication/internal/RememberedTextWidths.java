package fr.cohorte.publication.internal;

import java.util.HashMap;
import java.util.Map;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;

/**
 * Measures each piece of text once per font and size during one rendering. Line breaking asks the
 * width of every word, again and again for the same words, and PDFBox answers by encoding the text
 * and decoding it back glyph by glyph; that was a seventh of a warm rendering of a 350-page book.
 * The widths are the engine's own, so the layout stays exactly the same. One instance serves one
 * rendering (one thread), and is dropped with it.
 */
final class RememberedTextWidths extends PdfBoxTextRenderer {

    private final Map<FSFont, Map<String, Integer>> widths = new HashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String text) {
        Map<String, Integer> ofFont = widths.computeIfAbsent(font, unused -> new HashMap<>());
        Integer width = ofFont.get(text);
        if (width == null) {
            width = super.getWidth(context, font, text);
            ofFont.put(text, width);
        }
        return width;
    }
}
