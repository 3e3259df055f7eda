package org.greencredit.app.intake.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.app.intake.file.ImportFileFixtures.CODE;
import static org.greencredit.app.intake.file.ImportFileFixtures.LAYOUT;
import static org.greencredit.app.intake.file.ImportFileFixtures.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.ui.intake.TemplateFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxImportFileTest {

    @TempDir
    Path folder;

    private final ImportFileReader reader = new ImportFileReader();
    private final List<SourceRow> rows = new ArrayList<>();

    @Test
    void readsTheFirstSheetByColumnKeyNumberedAsTheSpreadsheetNumbersRows() throws IOException {
        FileShape shape = read(xlsx(folder, "a.xlsx", workbook -> {
            Sheet sheet = headed(workbook);
            row(sheet, 1, " " + CODE + " ", "2025-03-01", null, "超标排放");
            row(sheet, 4, CODE, "2025/3/2");
            row(workbook.createSheet("其他"), 0, "这一页不读");
        }));

        assertThat(shape).isEqualTo(new FileShape(TemplateFormat.XLSX, null, 2, false,
                                                  List.of("creditCode", "occurredOn", "fineYuan", "description")));
        assertThat(rows).containsExactly(
                new SourceRow(2, Map.of("creditCode", CODE, "occurredOn", "2025-03-01", "description", "超标排放")),
                new SourceRow(5, Map.of("creditCode", CODE, "occurredOn", "2025/3/2")));
    }

    @Test
    void readsNumbersAsPlainDecimalsAndDateCellsAsIsoDates() throws IOException {
        read(xlsx(folder, "numbers.xlsx", workbook -> {
            Sheet sheet = headed(workbook);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(913205001234567890d);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            row.createCell(1).setCellValue(LocalDate.of(2025, 3, 1));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(12.50);
            row.createCell(3).setCellValue(true);
            Row serial = sheet.createRow(2);
            serial.createCell(0).setCellValue(CODE);
            serial.createCell(1).setCellValue(45717);
            serial.createCell(2).setCellValue(0.1 + 0.2);
        }));

        assertThat(rows).containsExactly(
                new SourceRow(2, Map.of("creditCode", "913205001234568000", "occurredOn", "2025-03-01",
                                        "fineYuan", "12.5", "description", "TRUE")),
                new SourceRow(3, Map.of("creditCode", CODE, "occurredOn", "45717", "fineYuan", "0.3")));
    }

    @Test
    void readsDateCellsOfAWorkbookCountingFrom1904() throws IOException {
        read(xlsx(folder, "mac.xlsx", workbook -> {
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            Row row = row(headed(workbook), 1, CODE);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            // 2025-03-01 counted from 1 January 1904, 1462 days fewer than from 1900.
            row.createCell(1).setCellValue(45717 - 1462);
            row.getCell(1).setCellStyle(date);
        }));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.value("occurredOn")).isEqualTo("2025-03-01"));
    }

    @Test
    void aFormulaGivesItsValueAndARowProblem() throws IOException {
        read(xlsx(folder, "formula.xlsx", workbook -> {
            Sheet sheet = headed(workbook);
            Row row = row(sheet, 1, CODE, "2025-03-01");
            row.createCell(2).setCellFormula("2000*2.5");
            row.createCell(3).setCellFormula("\"超标\"&\"排放\"");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.values()).containsEntry("fineYuan", "5000").containsEntry("description", "超标排放");
            assertThat(row.problems()).containsExactlyInAnyOrder(
                    new RowProblem("fineYuan", new Refusal("import.cell.formula", List.of("罚款金额（元）"))),
                    new RowProblem("description", new Refusal("import.cell.formula", List.of("情况说明"))));
        });
    }

    @Test
    void anErrorValueIsARowProblemNotAValue() throws IOException {
        read(xlsx(folder, "error.xlsx", workbook -> {
            Row row = row(headed(workbook), 1, CODE, "2025-03-01");
            row.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
        }));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.values()).doesNotContainKey("fineYuan");
            assertThat(row.problems()).containsExactly(
                    new RowProblem("fineYuan", new Refusal("import.cell.error", List.of("罚款金额（元）", "#N/A"))));
        });
    }

    @Test
    void aHeaderMayStartBelowBlankRowsAndAcrossAnyColumns() throws IOException {
        FileShape shape = read(xlsx(folder, "late.xlsx", workbook -> {
            Sheet sheet = workbook.createSheet();
            row(sheet, 2, "发生日期", "creditCode");
            row(sheet, 3, "2025-03-05", CODE);
        }));

        assertThat(shape.columns()).containsExactly("occurredOn", "creditCode");
        assertThat(rows).containsExactly(new SourceRow(4, Map.of("creditCode", CODE, "occurredOn", "2025-03-05")));
    }

    private FileShape read(Path file) {
        return reader.read(file, file.getFileName().toString(), LAYOUT, rows::add);
    }

    static Sheet headed(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet("数据");
        row(sheet, 0, "统一社会信用代码", "发生日期", "罚款金额（元）", "情况说明");
        return sheet;
    }

    static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
        return row;
    }
}
