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

    /** The formats a list is exported in. */
    public static final List<String> FORMATS = List.of("csv", "xlsx");

    /** Whether the export asked for is XLSX (else CSV); any other format is refused before anything is read or recorded. */
    public static boolean isXlsx(String format) {
        return "xlsx".equals(checked(format, FORMATS));
    }

    /** The format asked for, when it is one of those offered (case aside). */
    public static String checked(String format, List<String> offered) {
        String asked = format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!offered.contains(asked)) {
            throw Refusal.malformed("export.format.refused", Text.excerpt(format == null ? "" : format), String.join(", ", offered))
                    .exception();
        }
        return asked;
    }

    /** The list as a file named after it and today's date, e.g. {@code participants-2026-03-14.csv}. */
    public static ResponseEntity<byte[]> of(String format, String name, List<String> headers, List<? extends List<?>> rows) {
        return named(format, name, name + "-" + LocalDate.now(), headers, rows);
    }

    /** The list as a file named exactly {@code filename} (plus its extension), its sheet named {@code name}. */
    public static ResponseEntity<byte[]> named(String format, String name, String filename, List<String> headers,
                                               List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean xlsx = isXlsx(format);
        if (xlsx) {
            Spreadsheet.writeXlsx(out, name, headers, rows);
        } else {
            Spreadsheet.writeCsv(out, headers, rows);
        }
        String file = filename + (xlsx ? ".xlsx" : ".csv");
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(out.toByteArray());
    }
}
