package fr.cohorte.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A list exported as the file staff asked for: CSV for any tool, XLSX for Excel. */
public final class SpreadsheetDownload {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private SpreadsheetDownload() {
    }

    public static ResponseEntity<byte[]> of(String format, String name, List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean xlsx = "xlsx".equals(format);
        if (xlsx) {
            Spreadsheet.writeXlsx(out, name, headers, rows);
        } else {
            Spreadsheet.writeCsv(out, headers, rows);
        }
        String filename = name + "-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(out.toByteArray());
    }
}
