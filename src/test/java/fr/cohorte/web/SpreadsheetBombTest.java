package fr.cohorte.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import file made to explode once unzipped (a zip bomb, within the 5 MB an import accepts) is
 * refused as unreadable, which the import pages say at its field, instead of filling the memory.
 */
class SpreadsheetBombTest {

    @Test
    void aWorkbookWhoseSheetUnzipsAThousandFoldIsRefusedAsUnreadable() throws IOException {
        byte[] bomb = workbookWithSheet(out -> {
            byte[] spaces = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 200 * 16; i++) {
                out.write(spaces);
            }
        });

        assertThat(bomb.length).isLessThan((int) Spreadsheet.MAX_IMPORT_SIZE.toBytes());
        assertThatThrownBy(() -> Spreadsheet.read(bomb)).isInstanceOf(Spreadsheet.UnreadableFileException.class);
    }

    @Test
    void aWorkbookWhoseSheetIsLargerThanAnyImportOnceUnzippedIsRefusedAsUnreadable() throws IOException {
        byte[] large = workbookWithSheet(out -> {
            for (int row = 2; out instanceof CountingOutput counting && counting.count < Spreadsheet.MAX_UNZIPPED_PART_BYTES + 1024; row++) {
                // Ten cells alike and one that varies: about 1 to 30 once zipped, above POI's ratio of 1 to 100.
                out.write(("<row r=\"" + row + "\">" + "<c><v>7</v></c>".repeat(10) + "<c><v>" + (row * 7919L % 100_003) + "</v></c></row>")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        });

        assertThat(large.length).isLessThan((int) Spreadsheet.MAX_IMPORT_SIZE.toBytes());
        assertThatThrownBy(() -> Spreadsheet.read(large)).isInstanceOf(Spreadsheet.UnreadableFileException.class);
    }

    @Test
    void anOrdinaryWorkbookIsStillRead() throws IOException {
        byte[] ordinary = workbookWithSheet(out -> {
            for (int row = 2; row <= 5_000; row++) {
                out.write(("<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>Personne " + row + "</t></is></c></row>")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        });

        List<Spreadsheet.Line> lines = Spreadsheet.read(ordinary);
        assertThat(lines).hasSize(4_999);
        assertThat(lines.getLast().get("nom")).isEqualTo("Personne 5000");
    }

    interface Rows {
        void write(OutputStream out) throws IOException;
    }

    static final class CountingOutput extends OutputStream {
        final OutputStream out;
        long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** A real workbook (header "Nom") whose first sheet gets the rows that {@code rows} writes after its header. */
    private static byte[] workbookWithSheet(Rows rows) throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Personnes").createRow(0).createCell(0).setCellValue("Nom");
            workbook.write(template);
        }
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(result)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String sheet = new String(content, StandardCharsets.UTF_8);
                    int end = sheet.indexOf("</sheetData>");
                    CountingOutput counting = new CountingOutput(out);
                    counting.write(sheet.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    rows.write(counting);
                    counting.write(sheet.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }
}
