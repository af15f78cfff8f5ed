package fr.cohorte.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.cohorte.TestPdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What passes for a PDF on every upload (CVs, documents, attachments, books): a PDF a reader opens,
 * not a file that only starts like one.
 */
class PdfFilesTest {

    @Test
    void aRealPdfPassesFromMemoryAndFromTheDisk(@TempDir Path folder) throws IOException {
        byte[] pdf = TestPdfs.onePage();
        Path file = Files.write(folder.resolve("livre.pdf"), TestPdfs.ofAtLeast(2 * 1024 * 1024));

        assertThat(PdfFiles.isPdf(pdf)).isTrue();
        assertThat(PdfFiles.isPdf(file)).isTrue();
    }

    @Test
    void fakesThatStartLikeAPdfAreRefused(@TempDir Path folder) throws IOException {
        byte[] signatureThenZeros = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 64 * 1024);
        byte[] signatureThenScript = "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] emptyTrailer = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(PdfFiles.isPdf(signatureThenZeros)).isFalse();
        assertThat(PdfFiles.isPdf(signatureThenScript)).isFalse();
        assertThat(PdfFiles.isPdf(emptyTrailer)).isFalse();
        assertThat(PdfFiles.isPdf(Files.write(folder.resolve("faux.pdf"), signatureThenZeros))).isFalse();
    }

    @Test
    void otherFilesRenamedAndUnreadablePdfsAreRefused() throws IOException {
        assertThat(PdfFiles.isPdf(zipWithOneEntry())).isFalse();
        assertThat(PdfFiles.isPdf(new byte[0])).isFalse();
        assertThat(PdfFiles.isPdf(noPage())).as("a PDF without a page").isFalse();
        assertThat(PdfFiles.isPdf(protectedByAPassword())).as("a PDF nobody at the institute can open").isFalse();
    }

    private static byte[] zipWithOneEntry() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("cv.docx"));
            zip.write("pas un PDF".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] noPage() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] protectedByAPassword() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietaire", "secret-de-l-auteur", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }
}
