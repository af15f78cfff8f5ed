package fr.cohorte.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RendererWarmUpTest {

    @Test
    void theWarmUpBookGoesThroughEveryPartOfARendering() throws IOException {
        byte[] pdf = new PdfBookRenderer().warmUp(1);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Sommaire", "Chapitre d’échauffement 1", "Chapitre d’échauffement 2",
                    "12 400", "Figure – une progression", "978-2-11-000000-2");
            long images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("figures drawn").isGreaterThanOrEqualTo(6);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for PDF/UA").isNotNull();
        }
    }

    @Test
    void theWarmUpBookWritesAnEpubWithItsChaptersFiguresAndNotes() throws IOException {
        byte[] epub = new EpubBookWriter().warmUp(1);

        java.util.Map<String, String> files = new java.util.HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(epub))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("EPUB/nav.xhtml", "EPUB/chapter-1.xhtml", "EPUB/chapter-2.xhtml");
        assertThat(files.keySet()).filteredOn(name -> name.startsWith("EPUB/images/")).isNotEmpty();
        assertThat(String.join("", files.values())).contains("epub:type=\"footnote\"", "12 400");
    }
}
