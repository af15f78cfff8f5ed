package fr.cohorte.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.util.unit.DataSize;

/**
 * The spreadsheets staff live in: CSV (comma or semicolon, with or without a UTF-8 BOM, as Excel
 * writes them in France) and XLSX. Reading gives each data row its line number in the file, so that
 * an import can name the line at fault; headers are matched without accents or case.
 */
public final class Spreadsheet {

    private static final DateTimeFormatter CSV_MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The largest file an import accepts: some 50,000 lines of CSV, far more than any directory or call holds. */
    public static final DataSize MAX_IMPORT_SIZE = DataSize.ofMegabytes(5);

    /**
     * The largest part of an XLSX that is read once unzipped: 50,000 lines of 20 cells take about 40 MB
     * of sheet XML. A 5 MB archive may otherwise unzip to 500 MB (POI's own guard is a ratio of 1 to 100),
     * which the workbook then holds in memory; an archive that unzips further still is refused by that ratio.
     */
    static final long MAX_UNZIPPED_PART_BYTES = DataSize.ofMegabytes(64).toBytes();

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNZIPPED_PART_BYTES);
    }

    /** One data line: its number in the file (the header is line 1) and its cells by normalised header. */
    public record Line(int number, Map<String, String> cells) {

        public String get(String... headers) {
            for (String header : headers) {
                String value = cells.get(normalise(header));
                if (value != null && !value.isBlank()) {
                    return value.trim();
                }
            }
            return null;
        }

        /**
         * The example line of a template, flagged by a cell that starts with "# exemple" (or "# example"):
         * it shows the format and an import skips it, rather than storing a made-up person.
         */
        public boolean isExample() {
            return cells.values().stream().map(value -> value.strip().toLowerCase(Locale.ROOT).replace(" ", ""))
                    .anyMatch(value -> value.startsWith(EXAMPLE_MARK) || value.startsWith("#example"));
        }
    }

    /** How a template's example line begins one of its cells (spaces aside). */
    public static final String EXAMPLE_MARK = "#exemple";

    /** A file that is neither a readable CSV nor an XLSX workbook. */
    public static class UnreadableFileException extends RuntimeException {
        public UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Spreadsheet() {
    }

    /** Reads a file by its content, not its name: an XLSX is a ZIP archive, anything else is read as CSV. */
    public static List<Line> read(byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return readXlsx(content);
        }
        return readCsv(content);
    }

    public static String normalise(String header) {
        String plain = Normalizer.normalize(header.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static List<Line> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new StringReader(text)) {
            List<Line> lines = new ArrayList<>();
            var parser = format.parse(reader);
            List<String> headers = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    cells.put(normalise(headers.get(i)), record.get(i));
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, cells));
            }
            return lines;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableFileException("Not a readable CSV file: " + e.getMessage(), e);
        }
    }

    private static List<Line> readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.FRANCE);
            List<String> headers = new ArrayList<>();
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == sheet.getFirstRowNum()) {
                    row.forEach(cell -> headers.add(normalise(formatter.formatCellValue(cell))));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int i = 0; i < headers.size(); i++) {
                    Cell cell = row.getCell(i);
                    String value = cell == null ? "" : formatter.formatCellValue(cell).trim();
                    empty &= value.isEmpty();
                    cells.put(headers.get(i), value);
                }
                if (!empty) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("Not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    /**
     * Writes CSV the way French Excel opens it directly: semicolons, a UTF-8 byte order mark, and
     * decimal numbers with a comma ({@code 18,556}). Cells are text, numbers ({@link Number}),
     * dates ({@link LocalDate}, ISO), date-times ({@link LocalDateTime}, {@code 2026-03-14 09:30}) or
     * times ({@link LocalTime}, {@code 09:30}).
     */
    public static void writeCsv(OutputStream out, List<String> headers, List<? extends List<?>> rows) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
                printer.printRecord(headers);
                for (List<?> row : rows) {
                    printer.printRecord(row.stream().map(Spreadsheet::csvText).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an XLSX sheet whose numbers are number cells and whose dates and times are date cells,
     * so that Excel sums, sorts and filters them: a score written as text "18.556" is neither a
     * number nor, to a French Excel, anything but a date.
     */
    public static void writeXlsx(OutputStream out, String sheetName, List<String> headers, List<? extends List<?>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle day = dateStyle(workbook, "yyyy-mm-dd");
            CellStyle moment = dateStyle(workbook, "yyyy-mm-dd hh:mm");
            CellStyle time = dateStyle(workbook, "hh:mm");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    switch (values.get(i)) {
                        case null -> cell.setCellValue("");
                        case Number number -> cell.setCellValue(number.doubleValue());
                        case LocalDate date -> {
                            cell.setCellValue(date);
                            cell.setCellStyle(day);
                        }
                        case LocalDateTime dateTime -> {
                            cell.setCellValue(dateTime);
                            cell.setCellStyle(moment);
                        }
                        case LocalTime clock -> {
                            cell.setCellValue(clock.toSecondOfDay() / 86_400.0);
                            cell.setCellStyle(time);
                        }
                        default -> cell.setCellValue(String.valueOf(values.get(i)));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle dateStyle(SXSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    /** A cell's text in CSV: numbers with a decimal comma, dates in ISO, text safe from formulas. */
    static String csvText(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString().replace('.', ',');
            case Double number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString().replace('.', ',');
            case Float number -> BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString().replace('.', ',');
            case Number number -> number.toString();
            case LocalDate date -> date.toString();
            case LocalDateTime dateTime -> CSV_MOMENT.format(dateTime);
            case LocalTime time -> CSV_TIME.format(time);
            default -> neutraliseFormula(String.valueOf(value));
        };
    }

    /** A cell starting with = + - @ would run as a formula in Excel: prefix it so it stays text (CSV injection). */
    static String neutraliseFormula(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + value : value;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
