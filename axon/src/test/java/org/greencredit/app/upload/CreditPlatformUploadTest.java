package org.greencredit.app.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.generator.DemoNames;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.cycle.CyclePhase;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.upload.UploadFile;
import org.greencredit.domain.upload.UploadFormat;
import org.greencredit.domain.upload.UploadKind;
import org.greencredit.domain.upload.api.ResultsUploadProduced;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FindCycle;
import org.greencredit.projections.decision.CycleResults;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.projections.decision.FindResultsInForceOfCycle;
import org.junit.jupiter.api.Test;

/**
 * The credit-platform upload and the announcement against the shared generated district, whose 2026 cycle is
 * published: the files' content, their hashes, determinism, an incremental upload after a dynamic adjustment,
 * refusals, and the PDF read back.
 */
class CreditPlatformUploadTest extends ViewContext {

    private static final String CYCLE = "2026-ANNUAL";
    private static final Actor OFFICER = Actor.officer("upload-officer", "执法大队");
    private static final Set<String> PUBLISHED_KINDS = Set.of("评价结果公开", "复核", "动态调整", "信用修复");

    private PlatformUploadDesk desk() {
        return context.getBean(PlatformUploadDesk.class);
    }

    private byte[] file(ResultsUploadProduced upload, UploadFormat format) {
        UploadFile file = upload.files().stream().filter(candidate -> candidate.format() == format).findFirst()
                                .orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        desk().writeFile(CYCLE, upload.uploadId(), file.name(), out);
        return out.toByteArray();
    }

    private List<DecisionSummary> inForce() {
        return context.getBean(QueryGateway.class).query(new FindResultsInForceOfCycle(CYCLE), CycleResults.class)
                      .join().decisions();
    }

    @Test
    void aFullUploadThenAnIncrementalOneAfterADynamicAdjustment() throws Exception {
        CycleSummary cycle = context.getBean(QueryGateway.class).query(new FindCycle(CYCLE), CycleSummary.class).join();
        assertThat(cycle.phase()).isIn(CyclePhase.PUBLISHED, CyclePhase.CLOSED);
        int before = desk().uploads(CYCLE).size();
        ResultsUploadProduced full = desk().produce(CYCLE, UploadKind.FULL, OFFICER);

        List<DecisionSummary> expected = inForce();
        assertThat(full.rows()).isEqualTo(expected.size()).isPositive();
        assertThat(full.producedBy()).isEqualTo("upload-officer");
        for (UploadFile kept : full.files()) {
            assertThat(UploadStore.sha256(file(full, kept.format()))).isEqualTo(kept.sha256());
        }
        JsonNode manifest = new ObjectMapper().readTree(file(full, UploadFormat.MANIFEST));
        assertThat(manifest.path("kind").asText()).isEqualTo("FULL");
        assertThat(manifest.path("rowCount").asInt()).isEqualTo(full.rows());
        assertThat(manifest.path("indicatorSystem").path("sha256").asText()).hasSize(64);
        for (JsonNode listed : manifest.path("files")) {
            UploadFormat format = UploadFormat.valueOf(listed.path("format").asText());
            assertThat(listed.path("sha256").asText()).isEqualTo(UploadStore.sha256(file(full, format)));
            assertThat(listed.path("sizeBytes").asLong()).isEqualTo(file(full, format).length);
        }

        byte[] csvBytes = file(full, UploadFormat.CSV);
        assertThat(csvBytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> csv = CSVFormat.RFC4180.parse(new StringReader(
                new String(csvBytes, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(csv.get(0).toList()).isEqualTo(UploadColumns.headers());
        assertThat(csv.subList(1, csv.size())).extracting(row -> row.get(3))
                                              .containsExactlyElementsOf(expected.stream()
                                                                                 .map(DecisionSummary::creditCode)
                                                                                 .toList());
        assertThat(csv.subList(1, csv.size())).extracting(row -> row.get(9)).allMatch(PUBLISHED_KINDS::contains);
        assertThat(csv.subList(1, csv.size())).extracting(row -> row.get(1)).containsOnly("新增");
        assertThat(csv.subList(1, csv.size())).extracting(row -> row.get(4))
                                              .containsExactlyElementsOf(expected.stream()
                                                                                 .map(DecisionSummary::grade).toList());

        JsonNode json = new ObjectMapper().readTree(file(full, UploadFormat.JSON));
        assertThat(json.path("schema").asText()).isEqualTo(UploadFileWriters.SCHEMA);
        assertThat(json.path("records")).hasSize(full.rows());
        List<String> keys = new ArrayList<>();
        json.path("records").get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isEqualTo(UploadColumns.ALL.stream().map(UploadColumns.Column::key).toList());
        assertThat(json.path("records").get(0).path("evaluationYear").isInt()).isTrue();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(full, UploadFormat.XLSX)))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).isEqualTo(UploadColumns.headers());
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(full.rows());
        }

        ResultsUploadProduced again = desk().produce(CYCLE, UploadKind.FULL, OFFICER);
        for (UploadFormat format : List.of(UploadFormat.XLSX, UploadFormat.CSV, UploadFormat.JSON)) {
            assertThat(file(again, format)).as(format.name()).isEqualTo(file(full, format));
        }
        assertThat(withoutIdentity(file(again, UploadFormat.MANIFEST)))
                .isEqualTo(withoutIdentity(file(full, UploadFormat.MANIFEST)));

        Path uploads = context.getBean(GreenCreditProperties.class).dataDir().resolve("uploads");
        long keptBefore;
        try (var listed = Files.list(uploads)) {
            keptBefore = listed.count();
        }
        assertThatThrownBy(() -> desk().produce(CYCLE, UploadKind.INCREMENTAL, OFFICER))
                .isInstanceOf(RuleViolation.class).hasMessage("upload.nothingChanged [" + CYCLE + "]");
        try (var listed = Files.list(uploads)) {
            assertThat(listed.count()).isEqualTo(keptBefore);
        }
        assertThat(desk().uploads(CYCLE)).hasSize(before + 2);

        DecisionSummary adjusted = expected.stream().filter(decision -> !"D".equals(decision.grade())).findFirst()
                                           .orElseThrow();
        falsifiedData(adjusted.creditCode());
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(60));
        ResultsUploadProduced incremental = desk().produce(CYCLE, UploadKind.INCREMENTAL, OFFICER);

        assertThat(incremental.baseUploadId()).isEqualTo(again.uploadId());
        assertThat(incremental.sequence()).isEqualTo(before + 3);
        assertThat(incremental.rows()).isEqualTo(1);
        assertThat(incremental.gradeCounts()).isEqualTo(Map.of("D", 1));
        JsonNode changed = new ObjectMapper().readTree(file(incremental, UploadFormat.JSON)).path("records");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).path("creditCode").asText()).isEqualTo(adjusted.creditCode());
        assertThat(changed.get(0).path("changeType").asText()).isEqualTo("变更");
        assertThat(changed.get(0).path("decisionKind").asText()).isEqualTo("动态调整");
        assertThat(changed.get(0).path("recordId").asText()).isEqualTo("GC-" + CYCLE + "-" + adjusted.creditCode());
        assertThat(new ObjectMapper().readTree(file(incremental, UploadFormat.MANIFEST)).path("baseUploadId")
                                     .asText()).isEqualTo(again.uploadId());

        UploadFile keptJson = incremental.files().stream().filter(f -> f.format() == UploadFormat.JSON).findFirst()
                                     .orElseThrow();
        Path kept = uploads.resolve(incremental.uploadId()).resolve(keptJson.name());
        byte[] original = Files.readAllBytes(kept);
        Files.write(kept, new String(original, StandardCharsets.UTF_8).replace("\"D\"", "\"A\"")
                                                                        .getBytes(StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> desk().writeFile(CYCLE, incremental.uploadId(), keptJson.name(),
                                                      new ByteArrayOutputStream()))
                    .isInstanceOf(RuleViolation.class).hasMessage("upload.keptFile.damaged [" + keptJson.name() + "]");
            assertThatThrownBy(() -> desk().produce(CYCLE, UploadKind.INCREMENTAL, OFFICER))
                    .isInstanceOf(RuleViolation.class).hasMessage("upload.keptFile.damaged [" + keptJson.name() + "]");
        } finally {
            Files.write(kept, original);
        }
    }

    @Test
    void refusesOtherRolesAndUnknownCycles() {
        Actor auditor = new Actor("upload-auditor", Role.AUDITOR, null, null);
        int before = desk().uploads(CYCLE).size();
        assertThatThrownBy(() -> desk().produce(CYCLE, UploadKind.FULL, auditor))
                .isInstanceOf(RuleViolation.class).hasMessage("actor.notPermitted [AUDITOR]");
        assertThat(desk().uploads(CYCLE)).hasSize(before);
        assertThatThrownBy(() -> desk().produce("NO-SUCH-CYCLE", UploadKind.FULL, OFFICER))
                .isInstanceOf(RuleViolation.class).hasMessage("cycle.notFound [NO-SUCH-CYCLE]");
        assertThatThrownBy(() -> desk().writeAnnouncement("NO-SUCH-CYCLE", new ByteArrayOutputStream()))
                .isInstanceOf(RuleViolation.class).hasMessage("cycle.notFound [NO-SUCH-CYCLE]");
    }

    @Test
    void theAnnouncementListsTheAAndDEnterprisesInAnEmbeddedChineseFont() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        desk().writeAnnouncement(CYCLE, pdf);
        List<DecisionSummary> results = inForce();

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2026年度企业绿色信用评价结果公告", "北京市通州区生态环境局",
                                      "参评企业共 " + results.size() + " 家");
            for (DecisionSummary result : results) {
                if (result.grade().equals("A") || result.grade().equals("D")) {
                    assertThat(text).contains(result.creditCode());
                }
            }
            assertEmbedded(document);
            Path screenshot = Path.of("target", "screenshots", "announcement-zh.png");
            Files.createDirectories(screenshot.getParent());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", screenshot.toFile());
            assertThat(screenshot).isNotEmptyFile();
        }
    }

    @Test
    void everyCharacterOfTheDemoDistrictsNamesIsRenderedAndReadBack() throws Exception {
        CycleSummary cycle = context.getBean(QueryGateway.class).query(new FindCycle(CYCLE), CycleSummary.class).join();
        List<ResultRow> rows = new ArrayList<>();
        List<String> names = DemoNames.all();
        for (int i = 0; i < names.size(); i++) {
            rows.add(new ResultRow("r" + i, names.get(i), "91110112MA0000%04d".formatted(i), i % 2 == 0 ? "A" : "D",
                                   i % 2 == 0 ? "绿色信用优秀" : "失信", 2026, null, null, "评价结果公开", null, null,
                                   null, "d", "v", "北京市通州区生态环境局", "s", CYCLE));
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new AnnouncementPdf().write(cycle, rows, "北京市通州区生态环境局",
                                    BusinessDay.today(context.getBean(Clock.class)), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(names).hasSize(30).allSatisfy(name -> assertThat(text).contains(name));
            assertEmbedded(document);
        }
    }

    private static void assertEmbedded(PDDocument document) throws Exception {
        Iterator<org.apache.pdfbox.cos.COSName> fonts = document.getPage(0).getResources().getFontNames().iterator();
        PDFont font = document.getPage(0).getResources().getFont(fonts.next());
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.isEmbedded()).isTrue();
        assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
    }

    private static JsonNode withoutIdentity(byte[] manifest) throws Exception {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(manifest);
        node.remove(List.of("uploadId", "sequence", "producedAt", "producedBy"));
        node.withArray("files").forEach(file -> ((ObjectNode) file).remove("name"));
        return node;
    }

    private void falsifiedData(String creditCode) {
        LocalDate today = BusinessDay.today(context.getBean(Clock.class));
        String decisionNo = "京通环罚〔" + today.getYear() + "〕U" + creditCode.substring(12) + "号";
        RecordFact fact = new RecordFact(creditCode, UUID.randomUUID().toString(), FactType.VIOLATION, today,
                                         FactSource.ENFORCEMENT, Evidence.of(decisionNo),
                                         FactAttributes.of("category", "DATA_FALSIFICATION", "severity", "SERIOUS",
                                                           "medium", "AIR", "fineYuan", 100000, "measures",
                                                           List.of("FINE"), "decisionNo", decisionNo));
        context.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(fact).andMetaData(
                Actor.officer("upload-test", "执法大队").asMetaData()));
    }
}
