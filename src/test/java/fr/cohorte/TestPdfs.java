package fr.cohorte;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Real PDFs for the tests that upload one: every upload route opens what it is sent (web/PdfFiles). */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A PDF of one blank page, a few hundred bytes. */
    public static byte[] onePage() {
        return ofAtLeast(0);
    }

    /** A PDF of one page whose content stream (comment lines) makes it at least {@code bytes} long. */
    public static byte[] ofAtLeast(int bytes) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(bytes, 1024) + 1024)) {
            PDPage page = new PDPage();
            if (bytes > 0) {
                PDStream content = new PDStream(document);
                try (OutputStream stream = content.createOutputStream()) {
                    byte[] line = ("%" + "x".repeat(1022) + "\n").getBytes(StandardCharsets.US_ASCII);
                    for (int written = 0; written < bytes; written += line.length) {
                        stream.write(line);
                    }
                }
                page.setContents(content);
            }
            document.addPage(page);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
