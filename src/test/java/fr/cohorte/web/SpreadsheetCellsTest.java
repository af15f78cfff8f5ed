package fr.cohorte.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Exports keep what a value is: Excel sums numbers and sorts dates only when the cells say so. */
class SpreadsheetCellsTest {

    private static final List<String> HEADERS = List.of("nom", "note", "groupe", "jour", "déposé", "début");
    private static final List<List<Object>> ROWS = List.of(Arrays.asList("Anne Martin", new BigDecimal("18.556"), 3,
            LocalDate.of(2026, 3, 14), LocalDateTime.of(2026, 3, 14, 9, 30), LocalTime.of(14, 5)),
            Arrays.asList("=HYPERLINK(\"x\")", null, 12, null, null, null));

    @Test
    void anXlsxExportWritesNumbersAsNumberCellsAndDatesAsDateCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.writeXlsx(out, "liste", HEADERS, ROWS);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(18.556);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(first.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 14, 9, 30));
            assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
            assertThat(first.getCell(5).getNumericCellValue() * 24 * 60).isCloseTo(14 * 60 + 5, offset(0.001));
            Row second = workbook.getSheetAt(0).getRow(2);
            assertThat(second.getCell(0).getCellType()).as("text that looks like a formula stays text").isEqualTo(CellType.STRING);
            assertThat(second.getCell(1).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void aCsvExportWritesDecimalsWithTheCommaFrenchExcelReads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.writeCsv(out, HEADERS, ROWS);

        List<String> lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(1)).isEqualTo("Anne Martin;18,556;3;2026-03-14;2026-03-14 09:30;14:05");
        assertThat(lines.get(2)).contains("'=HYPERLINK").endsWith(";;12;;;");
    }
}
