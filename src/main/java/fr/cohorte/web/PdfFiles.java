package fr.cohorte.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The one test of an uploaded PDF (a CV, a document, a book): it starts as every PDF does and a PDF
 * reader opens it, without a password, to at least one page. A file that only starts with
 * {@code %PDF-}, or is a script or an archive renamed, is refused before anyone downloads it. Only the
 * document's structure is read, never its streams, so a small file cannot make the check inflate much.
 */
public final class PdfFiles {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfFiles() {
    }

    /** Whether the content is a PDF a reader opens. */
    public static boolean isPdf(byte[] content) {
        if (!startsWithSignature(content)) {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            return opens(document);
        } catch (IOException | RuntimeException notAPdf) {
            return false;
        }
    }

    /** Whether the file is a PDF a reader opens, read from the disk rather than from memory. */
    public static boolean isPdf(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return opens(document);
        } catch (IOException | RuntimeException notAPdf) {
            return false;
        }
    }

    /** Whether the content starts as every PDF does: enough to refuse at once what is not one. */
    public static boolean startsWithSignature(byte[] content) {
        return content.length >= SIGNATURE.length && Arrays.equals(content, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    private static boolean opens(PDDocument document) {
        return !document.isEncrypted() && document.getNumberOfPages() > 0;
    }
}
