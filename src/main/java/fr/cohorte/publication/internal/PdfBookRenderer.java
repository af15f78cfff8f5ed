package fr.cohorte.publication.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

import fr.cohorte.publication.BookModel;
import fr.cohorte.publication.BookRenderer;
import fr.cohorte.publication.BookRenderingException;

/**
 * Renders books with openhtmltopdf as PDF/A-3u with PDF/UA-1 tagging. Fonts, the colour profile
 * and font metrics are read once per renderer and shared by every rendering, which is most of the
 * fixed cost of a rendering.
 */
@Component
public class PdfBookRenderer implements BookRenderer {

    private static final List<EmbeddedFont> FONTS = List.of(
            new EmbeddedFont("LiberationSerif-Regular.ttf", "Liberation Serif", 400, FontStyle.NORMAL),
            new EmbeddedFont("LiberationSerif-Bold.ttf", "Liberation Serif", 700, FontStyle.NORMAL),
            new EmbeddedFont("LiberationSerif-Italic.ttf", "Liberation Serif", 400, FontStyle.ITALIC),
            new EmbeddedFont("LiberationSerif-BoldItalic.ttf", "Liberation Serif", 700, FontStyle.ITALIC),
            new EmbeddedFont("LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL),
            new EmbeddedFont("LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL));

    private final List<LoadedFont> fonts;
    private final byte[] colourProfile;
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    static {
        XRLog.setLoggerImpl(new RendererLogging());
    }

    public PdfBookRenderer() {
        this.fonts = FONTS.stream().map(font -> new LoadedFont(font, FontTables.withoutGlyphSubstitution(resource("/fonts/" + font.file())))).toList();
        this.colourProfile = resource("/icc/sRGB.icc");
    }

    @Override
    public void render(BookModel book, OutputStream pdf) {
        org.w3c.dom.Document xhtml = new W3CDom().fromJsoup(BookXhtml.of(book));
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(colourProfile)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                // Everything the book shows is inlined; a chapter must never make the server fetch a URL.
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withProducer("Cohorte")
                .withW3cDocument(xhtml, null)
                .toStream(pdf);
        for (LoadedFont font : fonts) {
            builder.useFont(font::open, font.font().family(), font.font().weight(), font.font().style(), true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.getSharedContext().setTextRenderer(new RememberedTextWidths());
            renderer.createPDF();
        } catch (IOException | RuntimeException e) {
            throw new BookRenderingException("The PDF of “" + book.title() + "” could not be rendered", e);
        }
    }

    /** Renderings of the warm-up book: after six, bench/book measured the first real book in 3.9 s (cold 6.8 s, warm 2.3 s). */
    public static final int WARM_UP_RENDERINGS = 6;

    /**
     * Renders the warm-up book a few times and throws the PDFs away, so that the code of a
     * rendering is compiled before the first real book. Returns the PDF of the last one.
     */
    public byte[] warmUp(int renderings) {
        BookModel book = WarmUpBook.model();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        for (int rendering = 0; rendering < renderings; rendering++) {
            pdf.reset();
            render(book, pdf);
        }
        return pdf.toByteArray();
    }

    @Override
    public void render(BookModel book, Path destination) {
        try {
            PublicationStorage.writeWhole(destination, out -> render(book, out));
        } catch (IOException e) {
            throw new BookRenderingException("The PDF of “" + book.title() + "” could not be written to " + destination, e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfBookRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record EmbeddedFont(String file, String family, int weight, FontStyle style) {
    }

    private record LoadedFont(EmbeddedFont font, byte[] bytes) {
        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
