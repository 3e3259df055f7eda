package org.greencredit.app.intake.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greencredit.app.intake.file.ImportFileFixtures.CODE;
import static org.greencredit.app.intake.file.ImportFileFixtures.LAYOUT;
import static org.greencredit.app.intake.file.ImportFileFixtures.csv;
import static org.greencredit.app.intake.file.ImportFileFixtures.file;
import static org.greencredit.app.intake.file.ImportFileFixtures.xlsx;
import static org.greencredit.app.intake.file.XlsxImportFileTest.headed;
import static org.greencredit.app.intake.file.XlsxImportFileTest.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a whole file is refused, each with its message key and the arguments the message names. */
class ImportFileRefusalsTest {

    private static final String HEADER = "统一社会信用代码,发生日期,罚款金额（元）\n";
    private static final String ROW = CODE + ",2025-03-05,100\n";
    private static final int MEGABYTE = 1024 * 1024;

    @TempDir
    Path folder;

    private final List<SourceRow> rows = new ArrayList<>();

    @Test
    void anEmptyFile() throws IOException {
        assertRefused(file(folder, "空.csv", new byte[0]), "import.file.empty", "空.csv");
    }

    @Test
    void aFileOverTheLimitBeforeReadingIt() throws IOException {
        byte[] content = new byte[MEGABYTE + 1];
        Arrays.fill(content, (byte) 'x');
        Path file = file(folder, "big.csv", content);

        assertThatThrownBy(() -> new ImportFileReader(MEGABYTE).read(file, "big.csv", LAYOUT, rows::add))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("import.file.tooLarge");
                    assertThat(refused.arguments()).containsExactly("big.csv", "1");
                });
        assertThat(new ImportFileReader().maxBytes()).isEqualTo(50L * MEGABYTE);
    }

    @Test
    void anUploadOverTheLimitWhileSavingIt() throws IOException {
        ImportFileReader reader = new ImportFileReader(MEGABYTE);
        Path target = folder.resolve("upload");

        assertThatThrownBy(() -> reader.save(new ByteArrayInputStream(new byte[MEGABYTE + 1]), "big.xlsx", target))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("import.file.tooLarge");
                    assertThat(refused.arguments()).containsExactly("big.xlsx", "1");
                });
        assertThat(target).doesNotExist();
        assertThat(reader.save(new ByteArrayInputStream(new byte[MEGABYTE]), "fits.xlsx", target)).isEqualTo(MEGABYTE);
        assertThat(target).hasSize(MEGABYTE);
    }

    @Test
    void aFileThatCannotBeRead() {
        assertRefused(folder.resolve("gone.csv"), "import.file.unreadable", "gone.csv");
    }

    @Test
    void anOldBinaryExcelWorkbook() throws IOException {
        byte[] ole2 = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                                     (byte) 0xE1}, 0, ole2, 0, 8);

        assertRefused(file(folder, "旧表.xlsx", ole2), "import.file.xls", "旧表.xlsx");
    }

    @Test
    void anotherKnownFormat() throws IOException {
        assertRefused(file(folder, "scan.csv", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)),
                      "import.file.notTabular", "scan.csv");
    }

    @Test
    void binaryContentOfNoKnownFormat() throws IOException {
        byte[] binary = {0x13, 0x37, 0x00, 0x00, 0x42, 0x00, 0x01, 0x02, 0x03, 0x00};

        assertRefused(file(folder, "data.csv", binary), "import.file.notTabular", "data.csv");
    }

    @Test
    void aZipThatIsNoSpreadsheet() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertRefused(file(folder, "archive.xlsx", bytes.toByteArray()), "import.file.notSpreadsheet", "archive.xlsx");
    }

    @Test
    void aZipBombDisguisedAsXlsx() throws IOException {
        Path bomb = folder.resolve("bomb.xlsx");
        ZipBombs.write(bomb);
        assertThat(Files.size(bomb)).isLessThan(MEGABYTE);

        assertRefused(bomb, "import.file.zipBomb", "bomb.xlsx");
    }

    @Test
    void textInNeitherUtf8NorGb18030() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(HEADER.getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFF, ',', (byte) 0x80, '\n'});

        assertRefused(file(folder, "garbled.csv", bytes.toByteArray()), "import.file.encoding", "garbled.csv");
    }

    @Test
    void aCsvQuoteNeverClosedAfterTheRowsBeforeIt() throws IOException {
        Path file = csv(folder, "quote.csv", HEADER + ROW + CODE + ",\"2025-03-01,5\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ImportFileReader().read(file, "quote.csv", LAYOUT, rows::add))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("import.file.csvMalformed");
                    assertThat(refused.arguments()).containsExactly("3");
                });
        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2);
    }

    @Test
    void aFileOfBlankLinesHasNoHeader() throws IOException {
        assertRefused(csv(folder, "blank.csv", "\n , \n\n", StandardCharsets.UTF_8), "import.file.noHeader");
    }

    @Test
    void anUnknownColumnNamingIt() throws IOException {
        assertRefused(csv(folder, "extra.csv", "统一社会信用代码,发生日期,备注,联系人\n" + ROW, StandardCharsets.UTF_8),
                      "import.file.header.unknown", "备注、联系人");
    }

    @Test
    void aMissingRequiredColumnNamingIt() throws IOException {
        assertRefused(csv(folder, "missing.csv", "罚款金额（元）,情况说明\n100,说明\n", StandardCharsets.UTF_8),
                      "import.file.header.missing", "统一社会信用代码、发生日期");
    }

    @Test
    void aColumnTwiceWhateverItIsCalled() throws IOException {
        assertRefused(csv(folder, "twice.csv", "统一社会信用代码,发生日期,creditCode\n" + ROW, StandardCharsets.UTF_8),
                      "import.file.header.duplicate", "统一社会信用代码");
    }

    @Test
    void anEmptyHeaderCell() throws IOException {
        assertRefused(csv(folder, "gap.csv", "统一社会信用代码,,发生日期\n" + ROW, StandardCharsets.UTF_8),
                      "import.file.header.empty", "2");
    }

    @Test
    void mergedHeaderCells() throws IOException {
        Path file = xlsx(folder, "merged.xlsx", workbook -> {
            Sheet sheet = workbook.createSheet();
            row(sheet, 0, "统一社会信用代码", "发生日期", null, "罚款金额（元）");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            row(sheet, 1, CODE, "2025-03-05", "", "100");
        });

        assertRefused(file, "import.file.header.empty", "3");
    }

    @Test
    void onlyAHeader() throws IOException {
        assertRefused(csv(folder, "header.csv", HEADER + "\n,,\n", StandardCharsets.UTF_8), "import.file.noDataRows");
        assertRefused(xlsx(folder, "header.xlsx", XlsxImportFileTest::headed), "import.file.noDataRows");
    }

    @Test
    void onlyTheHeaderAndTheKeyRow() throws IOException {
        assertRefused(csv(folder, "keys.csv", HEADER + "creditCode,occurredOn,fineYuan\n", StandardCharsets.UTF_8),
                      "import.file.noDataRows");
    }

    @Test
    void onlyTheWorkedExample() throws IOException {
        Path file = xlsx(folder, "example.xlsx", workbook -> row(headed(workbook), 1, CODE, "2025-03-01", "50000",
                                                                   "未批先建"));

        assertRefused(file, "import.file.onlyExample");
    }

    private void assertRefused(Path file, String key, String... arguments) {
        assertThatThrownBy(() -> new ImportFileReader().read(file, file.getFileName().toString(), LAYOUT, rows::add))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(key);
                    assertThat(refused.arguments()).containsExactly(arguments);
                });
        assertThat(rows).isEmpty();
    }
}
