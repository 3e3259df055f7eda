package org.greencredit.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greencredit.app.intake.file.ZipBombs;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.RecordLeavingScope;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.RowResult;
import org.greencredit.ui.intake.ImportPreview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import part of the bad-input corpus ({@code bad-input/import-files.yaml}): each file is previewed as an officer
 * would upload it; a refused file or row must carry its key (and column), an input that only looks wrong must be
 * read as new rows, and a preview never stores anything.
 */
class ImportCorpusTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern CODE = Pattern.compile("\\$\\{(code|fullwidth):(\\d+)}");

    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    private static RunningApplication app;

    @BeforeAll
    static void start() {
        app = RunningApplication.start(dataDir);
        for (int n = 601; n <= 604; n++) {
            app.send(TestEnterprises.registration(n, "语料企业" + n));
        }
        app.send(new RecordLeavingScope(TestCreditCodes.code(604), ScopeExitReason.CLOSED, LocalDate.of(2025, 1, 2),
                                        "注销", null));
        app.awaitCaughtUp("enterprise-directory");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = ImportCorpusTest.class.getResourceAsStream("/bad-input/import-files.yaml")) {
            List<Arguments> cases = new ArrayList<>();
            for (JsonNode node : YAML.readTree(in)) {
                cases.add(Arguments.of(node.path("id").asText(), node));
            }
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachInputIsAnsweredAsTheCorpusSaysAndNothingIsStored(String id, JsonNode input) throws Exception {
        ImportKind kind = ImportKind.valueOf(input.path("kind").asText("FACTS"));
        JsonNode expect = input.path("expect");
        Path file = file(input.path("file"));
        long events = app.storedEvents();

        if (expect.has("file")) {
            assertThatThrownBy(() -> preview(kind, file)).isInstanceOf(RuleViolation.class)
                    .satisfies(refused -> assertThat(((RuleViolation) refused).messageKey())
                            .isEqualTo(expect.path("file").asText()));
        } else if (expect.has("new")) {
            ImportPreview preview = preview(kind, file);
            assertThat(preview.problemRows()).as("problems").isEmpty();
            assertThat(preview.newRows()).isEqualTo(expect.path("new").asInt());
        } else {
            ImportPreview preview = preview(kind, file);
            RowResult row = preview.problemRows().stream()
                                   .filter(result -> result.rowNumber() == expect.path("row").asInt())
                                   .findFirst().orElseThrow(() -> new AssertionError(
                                           "row " + expect.path("row") + " not refused: " + preview.problemRows()));
            assertThat(row.problems()).anySatisfy(problem -> {
                assertThat(problem.refusal().messageKey()).isEqualTo(expect.path("key").asText());
                assertThat(problem.column()).isEqualTo(expect.path("column").asText());
            });
        }
        assertThat(app.storedEvents()).as("a preview stores nothing").isEqualTo(events);
    }

    private static ImportPreview preview(ImportKind kind, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return app.bean(ImportDesk.class).preview(kind, file.getFileName().toString(), in,
                                                      TestEnterprises.OFFICER);
        }
    }

    private static Path file(JsonNode spec) throws IOException {
        Path file = files.resolve(spec.path("name").asText());
        switch (spec.path("generate").asText("")) {
            case "empty" -> Files.write(file, new byte[0]);
            case "oversize" -> oversize(file);
            case "zip-bomb" -> ZipBombs.write(file);
            case "xls" -> Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                                                        (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0});
            case "binary-csv" -> Files.write(file, new byte[] {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFE,
                                                               (byte) 0x81, (byte) 0x30, (byte) 0xFF, '\n'});
            default -> {
                if (spec.has("rows")) {
                    xlsx(file, spec);
                } else {
                    csv(file, spec);
                }
            }
        }
        return file;
    }

    private static void csv(Path file, JsonNode spec) throws IOException {
        StringBuilder text = new StringBuilder();
        spec.path("lines").forEach(line -> text.append(filled(line.asText())).append("\r\n"));
        String encoding = spec.path("encoding").asText("utf-8");
        Charset charset = encoding.equals("gbk") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        String content = encoding.equals("utf-8-bom") ? "\uFEFF" + text : text.toString();
        Files.write(file, content.getBytes(charset));
    }

    private static void xlsx(Path file, JsonNode spec) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("数据");
            int r = 0;
            for (JsonNode cells : spec.path("rows")) {
                XSSFRow row = sheet.createRow(r++);
                int c = 0;
                for (JsonNode cell : cells) {
                    String text = filled(cell.asText());
                    if (text.startsWith("=")) {
                        row.createCell(c++).setCellFormula(text.substring(1));
                    } else if (text.startsWith("n:")) {
                        row.createCell(c++).setCellValue(Double.parseDouble(text.substring(2)));
                    } else {
                        row.createCell(c++).setCellValue(text);
                    }
                }
            }
            if (spec.has("merge")) {
                sheet.addMergedRegion(CellRangeAddress.valueOf(spec.path("merge").asText()));
            }
            workbook.write(out);
        }
    }

    /** 50 MB and one byte of rows, streamed to disk. */
    private static void oversize(Path file) throws IOException {
        byte[] line = ("91110112MA00000016,环境保护税,税务,X,2025-03-01,X\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            while (written <= 50L * 1024 * 1024) {
                out.write(line);
                written += line.length;
            }
        }
    }

    private static String filled(String text) {
        Matcher placeholder = CODE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String code = TestCreditCodes.code(Integer.parseInt(placeholder.group(2)));
            String written = placeholder.group(1).equals("code") ? code : fullWidth(code);
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(written));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /** Digits full-width, letters lower case, a blank in the middle: as codes are typed in Chinese spreadsheets. */
    private static String fullWidth(String code) {
        StringBuilder written = new StringBuilder();
        for (char c : code.toCharArray()) {
            written.append(Character.isDigit(c) ? (char) (c - '0' + '０') : Character.toLowerCase(c));
            if (written.length() == 6) {
                written.append('\u3000');
            }
        }
        return written.toString();
    }
}
