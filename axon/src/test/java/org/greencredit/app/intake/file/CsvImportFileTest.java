package org.greencredit.app.intake.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.app.intake.file.ImportFileFixtures.CODE;
import static org.greencredit.app.intake.file.ImportFileFixtures.LAYOUT;
import static org.greencredit.app.intake.file.ImportFileFixtures.csv;
import static org.greencredit.app.intake.file.ImportFileFixtures.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.ui.intake.TemplateFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportFileTest {

    private static final String HEADER = "统一社会信用代码,发生日期,罚款金额（元）,情况说明\n";
    private static final String ROW = CODE + ",2025/3/1,5000,超标排放\n";

    @TempDir
    Path folder;

    private final ImportFileReader reader = new ImportFileReader();
    private final List<SourceRow> rows = new ArrayList<>();

    @Test
    void readsUtf8RowsByColumnKeyNumberedByLine() throws IOException {
        FileShape shape = read(csv(folder, "a.csv", HEADER + ROW + "\n" + CODE + ",2025-03-02,,\n",
                                   StandardCharsets.UTF_8));

        assertThat(shape).isEqualTo(new FileShape(TemplateFormat.CSV, "UTF-8", 2, false,
                                                  List.of("creditCode", "occurredOn", "fineYuan", "description")));
        assertThat(rows).containsExactly(
                new SourceRow(2, Map.of("creditCode", CODE, "occurredOn", "2025/3/1", "fineYuan", "5000",
                                        "description", "超标排放")),
                new SourceRow(4, Map.of("creditCode", CODE, "occurredOn", "2025-03-02")));
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write((HEADER + ROW).getBytes(StandardCharsets.UTF_8));

        FileShape shape = read(file(folder, "bom.csv", bytes.toByteArray()));

        assertThat(shape.encoding()).isEqualTo("UTF-8 BOM");
        assertThat(shape.columns()).first().isEqualTo("creditCode");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.value("description")).isEqualTo("超标排放"));
    }

    @Test
    void readsGbkAsGb18030() throws IOException {
        FileShape shape = read(csv(folder, "gbk.csv", HEADER + ROW, Charset.forName("GBK")));

        assertThat(shape.encoding()).isEqualTo("GB18030");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.value("description")).isEqualTo("超标排放");
            assertThat(row.value("creditCode")).isEqualTo(CODE);
        });
    }

    @Test
    void readsExcelUnicodeTextThatIsUtf16TabSeparated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write((HEADER + ROW).replace(',', '\t').getBytes(StandardCharsets.UTF_16LE));

        FileShape shape = read(file(folder, "unicode.txt", bytes.toByteArray()));

        assertThat(shape.encoding()).isEqualTo("UTF-16LE BOM");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.value("fineYuan")).isEqualTo("5000"));
    }

    @Test
    void acceptsSemicolonsWhenTheHeaderHasNoComma() throws IOException {
        read(csv(folder, "semi.csv", (HEADER + ROW).replace(',', ';'), StandardCharsets.UTF_8));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.value("occurredOn")).isEqualTo("2025/3/1"));
    }

    @Test
    void numbersRowsByTheLineTheyStartOnAcrossQuotedLineBreaks() throws IOException {
        read(csv(folder, "multi.csv", HEADER + CODE + ",2025-03-01,,\"第一行\n第二行\"\n\n" + ROW,
                 StandardCharsets.UTF_8));

        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2, 5);
        assertThat(rows.get(0).value("description")).isEqualTo("第一行\n第二行");
    }

    @Test
    void stripsCellsAndLeavesEmptyAndMissingTrailingCellsOut() throws IOException {
        read(csv(folder, "short.csv", HEADER + "  " + CODE + "\u3000 ,  2025-03-01 \n", StandardCharsets.UTF_8));

        assertThat(rows).singleElement().isEqualTo(
                new SourceRow(2, Map.of("creditCode", CODE, "occurredOn", "2025-03-01")));
    }

    @Test
    void aCellBeyondTheHeaderIsARowProblem() throws IOException {
        read(csv(folder, "long.csv", HEADER + ROW.strip() + ",多出来的,\n", StandardCharsets.UTF_8));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.value("description")).isEqualTo("超标排放");
            assertThat(row.problems()).containsExactly(
                    new RowProblem(null, new Refusal("import.cell.noHeader", List.of("5"))));
        });
    }

    @Test
    void matchesHeadersByChineseNameKeyOrBothWhateverTheWidthBlanksCaseOrRequiredMark() throws IOException {
        String header = " 统一社会 信用代码(creditCode) ,ＯＣＣＵＲＲＥＤＯＮ,*罚款金额（元） fineYuan,情况说明（description）\n";

        FileShape shape = read(csv(folder, "headers.csv", header + ROW, StandardCharsets.UTF_8));

        assertThat(shape.columns()).containsExactly("creditCode", "occurredOn", "fineYuan", "description");
        assertThat(rows).hasSize(1);
    }

    @Test
    void passesOverTheKeyRowAndTheWorkedExampleButNotALaterCopyOfIt() throws IOException {
        String example = CODE + ",2025-03-01,50000,未批先建\n";
        FileShape shape = read(csv(folder, "filled.csv",
                                   HEADER + "creditCode,occurredOn,fineYuan,description\n" + example + ROW + example,
                                   StandardCharsets.UTF_8));

        assertThat(shape.exampleRowSkipped()).isTrue();
        assertThat(shape.dataRows()).isEqualTo(2);
        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(4, 5);
    }

    private FileShape read(Path file) {
        return reader.read(file, file.getFileName().toString(), LAYOUT, rows::add);
    }
}
