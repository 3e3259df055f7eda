package org.greencredit.app.intake.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greencredit.app.intake.file.ImportFileFixtures.CODE;
import static org.greencredit.app.intake.file.ImportFileFixtures.LAYOUT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.ui.i18n.Translations;
import org.greencredit.ui.intake.TemplateFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTemplatesTest {

    private static final Map<String, String> REAL_ROW = Map.of("creditCode", "91320500MA1AAAAA0X",
                                                               "occurredOn", "2025-04-01", "fineYuan", "0012",
                                                               "penaltyExempted", "是", "description", "超标排放");

    @TempDir
    Path folder;

    private final ImportTemplates templates = new ImportTemplates(new Translations());
    private final ImportFileReader reader = new ImportFileReader();
    private final List<SourceRow> rows = new ArrayList<>();

    @Test
    void theXlsxTemplateHasHeadersKeysAndTheExampleAsTextAndASheetDescribingTheColumns() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(write(TemplateFormat.XLSX)))) {
            Sheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("数据");
            assertThat(texts(data.getRow(0))).containsExactly("统一社会信用代码", "发生日期", "罚款金额（元）", "是否免罚", "情况说明");
            assertThat(texts(data.getRow(1))).containsExactly("creditCode", "occurredOn", "fineYuan", "penaltyExempted",
                                                              "description");
            assertThat(texts(data.getRow(2))).containsExactly(CODE, "2025-03-01", "50000", "否", "未批先建");
            assertThat(workbook.getFontAt(data.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(data.getRow(1).getCell(0).getCellStyle().getFontIndex()).getColor())
                    .isEqualTo(IndexedColors.GREY_50_PERCENT.getIndex());
            for (int row = 0; row < 3; row++) {
                for (Cell cell : data.getRow(row)) {
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
                }
            }
            for (int column = 0; column < LAYOUT.columns().size(); column++) {
                assertThat(data.getColumnStyle(column).getDataFormatString()).isEqualTo("@");
                assertThat(data.getColumnWidth(column)).isGreaterThanOrEqualTo(8 * 256);
            }
            assertThat(data.getColumnWidth(0)).isGreaterThan(data.getColumnWidth(3));
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);

            Sheet notes = workbook.getSheetAt(1);
            assertThat(notes.getSheetName()).isEqualTo("说明");
            assertThat(texts(notes.getRow(0))).containsExactly("表头", "英文键", "必填", "说明", "示例");
            assertThat(texts(notes.getRow(1))).containsExactly("统一社会信用代码", "creditCode", "是", "企业的18位统一社会信用代码",
                                                               CODE);
            assertThat(texts(notes.getRow(3))).containsExactly("罚款金额（元）", "fineYuan", "否", "罚款金额，单位元", "50000");
            assertThat(notes.getLastRowNum()).isEqualTo(LAYOUT.columns().size());
        }
    }

    @Test
    void theCsvTemplateIsUtf8WithAByteOrderMarkAndTheSameThreeRows() throws IOException {
        byte[] bytes = Files.readAllBytes(write(TemplateFormat.CSV));

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "统一社会信用代码,发生日期,罚款金额（元）,是否免罚,情况说明\r\n"
                + "creditCode,occurredOn,fineYuan,penaltyExempted,description\r\n"
                + CODE + ",2025-03-01,50000,否,未批先建\r\n");
    }

    @Test
    void anUntouchedTemplateImportsNothingInEitherFormat() throws IOException {
        for (TemplateFormat format : TemplateFormat.values()) {
            Path template = write(format);
            assertThatThrownBy(() -> reader.read(template, "模板", LAYOUT, rows::add))
                    .as("%s", format).isInstanceOfSatisfying(RuleViolation.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("import.file.onlyExample"));
            assertThat(rows).isEmpty();
        }
    }

    @Test
    void aXlsxTemplateWithOneRowAddedReadsExactlyThatRowAsTyped() throws IOException {
        Path template = write(TemplateFormat.XLSX);
        Path filled = folder.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(filled)) {
            Sheet data = workbook.getSheetAt(0);
            Row row = data.createRow(3);
            List<String> keys = LAYOUT.columns().stream().map(c -> c.key()).toList();
            for (int i = 0; i < keys.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(data.getColumnStyle(i));
                cell.setCellValue(REAL_ROW.get(keys.get(i)));
            }
            workbook.write(out);
        }

        FileShape shape = reader.read(filled, "filled.xlsx", LAYOUT, rows::add);

        assertThat(shape.exampleRowSkipped()).isTrue();
        assertThat(shape.dataRows()).isEqualTo(1);
        assertThat(rows).containsExactly(new SourceRow(4, REAL_ROW));
    }

    @Test
    void aCsvTemplateWithOneRowAddedReadsExactlyThatRow() throws IOException {
        Path template = write(TemplateFormat.CSV);
        Files.writeString(template, "91320500MA1AAAAA0X,2025-04-01,0012,是,超标排放\r\n", StandardCharsets.UTF_8,
                          StandardOpenOption.APPEND);

        FileShape shape = reader.read(template, "filled.csv", LAYOUT, rows::add);

        assertThat(shape.encoding()).isEqualTo("UTF-8 BOM");
        assertThat(shape.exampleRowSkipped()).isTrue();
        assertThat(rows).containsExactly(new SourceRow(4, REAL_ROW));
    }

    private Path write(TemplateFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        templates.write(LAYOUT, format, out);
        return Files.write(folder.resolve("template." + format.name().toLowerCase()), out.toByteArray());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
