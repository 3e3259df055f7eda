package org.greencredit.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.RecordLeavingScope;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.RowResult;
import org.greencredit.domain.intake.SourceRecord;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.ui.intake.ImportPreview;
import org.greencredit.ui.intake.ImportProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports in the running application: preview stores nothing, the run is idempotent, conflicts are named. */
class ImportDeskIntegrationTest {

    private static final String HEADER = "统一社会信用代码,信息类型,信息来源,来源记录编号,发生日期,证据文号,违法类别,严重程度,罚款金额（元）,"
                                         + "处罚决定书文号,环境要素,超标天数,污染物,最大超标倍数";

    @TempDir
    static Path dataDir;
    private static RunningApplication app;
    private static ImportDesk desk;

    @BeforeAll
    static void start() {
        app = RunningApplication.start(dataDir);
        desk = app.bean(ImportDesk.class);
        for (int n = 301; n <= 304; n++) {
            app.send(TestEnterprises.registration(n, "导入测试企业" + n));
        }
        app.send(new RecordLeavingScope(TestCreditCodes.code(304), ScopeExitReason.CLOSED,
                                        java.time.LocalDate.of(2025, 1, 2), "注销", null));
        app.awaitCaughtUp("enterprise-directory");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String code(int n) {
        return TestCreditCodes.code(n);
    }

    private static ImportPreview preview(String csv, String name) {
        return desk.preview(ImportKind.FACTS, name, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                            TestEnterprises.OFFICER);
    }

    private static ImportProgress run(ImportPreview preview) {
        String id = desk.confirm(preview.previewId(), TestEnterprises.OFFICER);
        RunningApplication.await(() -> desk.progress(id).finished(), Duration.ofSeconds(60), "the import to finish");
        return desk.progress(id);
    }

    private static String violation(int n, String decisionNo, String fine) {
        return code(n) + ",环境违法（行政处罚）,执法," + decisionNo + ",2025-03-01," + decisionNo + ",超标排放,一般," + fine + ","
               + decisionNo + ",大气,,,";
    }

    private static String exceedance(int n, String alarm, String days) {
        return code(n) + ",在线监测超标,监测," + alarm + ",2025/4/2,告警" + alarm + ",,,,,水," + days + ",化学需氧量,0.5";
    }

    @Test
    void aFileIsPreviewedWithoutStoringThenImportedOnceAndReportedAsAlreadyRecordedTheSecondTime() {
        String csv = HEADER + "\n" + violation(301, "京通环罚〔2025〕901号", "50000") + "\n"
                     + exceedance(302, "ZX-901", "2") + "\n"
                     + exceedance(399, "ZX-902", "1") + "\n";
        long eventsBefore = app.storedEvents();

        ImportPreview first = preview(csv, "第一批.csv");

        assertThat(first.rows()).isEqualTo(3);
        assertThat(first.newRows()).isEqualTo(2);
        assertThat(first.refused()).isEqualTo(1);
        assertThat(first.problemRows()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(4);
            assertThat(row.problems().get(0).column()).isEqualTo("creditCode");
            assertThat(row.problems().get(0).refusal().messageKey()).isEqualTo("import.enterprise.unknown");
        });
        assertThat(app.storedEvents()).as("a preview stores nothing").isEqualTo(eventsBefore);

        ImportProgress done = run(first);

        assertThat(done.failure()).isNull();
        assertThat(done.recorded()).isEqualTo(2);
        assertThat(done.refused()).isEqualTo(1);
        FactRecorded stored = (FactRecorded) app.bean(EventStore.class).readEvents(code(302), 0L).asStream()
                .map(message -> message.getPayload()).filter(FactRecorded.class::isInstance).findFirst().orElseThrow();
        assertThat(stored.factId()).isEqualTo(new SourceRecord(FactSource.MONITORING, "ZX-901").factId());
        assertThat(stored.importId()).isEqualTo(first.previewId());
        assertThat(stored.sourceRecordId()).isEqualTo("ZX-901");

        app.awaitCaughtUp("credit-file-entries");
        long eventsAfterFirst = app.storedEvents();
        ImportPreview again = preview(csv, "第一批.csv");

        assertThat(again.newRows()).isZero();
        assertThat(again.alreadyRecorded()).isEqualTo(2);
        assertThat(app.storedEvents()).isEqualTo(eventsAfterFirst);

        app.awaitCaughtUp("audit-timeline");
        Document audit = app.bean(MongoDatabase.class).getCollection("audit_timeline")
                            .find(Filters.and(Filters.eq("eventType", "ImportStarted"),
                                         Filters.eq("aggregateId", first.previewId()))).first();
        assertThat(audit).isNotNull();
        assertThat(audit.getString("actorId")).isEqualTo(TestEnterprises.OFFICER.id());
        Document imported = audit.get("import", Document.class);
        assertThat(imported.getString("fileName")).isEqualTo("第一批.csv");
        assertThat(imported.getString("sha256")).isEqualTo(first.sha256());
        assertThat(imported.getInteger("rows")).isEqualTo(3);
    }

    @Test
    void changedContentConflictsNamingTheColumnAndIsNeverOverwritten() throws Exception {
        run(preview(HEADER + "\n" + exceedance(303, "ZX-950", "2") + "\n", "告警.csv"));
        app.awaitCaughtUp("credit-file-entries");

        ImportPreview changed = preview(HEADER + "\n" + exceedance(303, "ZX-950", "5") + "\n", "告警-更正.csv");

        assertThat(changed.conflicts()).isEqualTo(1);
        assertThat(changed.problemRows().get(0).problems()).extracting(problem -> problem.column())
                .containsExactly("days");
        ImportProgress done = run(changed);
        assertThat(done.conflicts()).isEqualTo(1);
        assertThat(done.recorded()).isZero();

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        desk.writeReport(changed.previewId(), Locale.SIMPLIFIED_CHINESE, report);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.toByteArray()))) {
            var problems = workbook.getSheetAt(1);
            assertThat(problems.getLastRowNum()).isEqualTo(1);
            assertThat(problems.getRow(1).getCell(3).getStringCellValue()).isEqualTo("超标天数");
            assertThat(problems.getRow(1).getCell(4).getStringCellValue()).contains("不会直接覆盖");
        }
    }

    @Test
    void badRowsAreRefusedEachWithItsReason() {
        String csv = HEADER + "\n"
                     + exceedance(301, "ZX-970", "1") + "\n"
                     + exceedance(301, "ZX-970", "1") + "\n"
                     + code(301) + ",在线监测超标,监测,ZX-971,2099-01-01,告警,,,,,水,1,化学需氧量,0.5\n"
                     + code(301) + ",环境违法（行政处罚）,执法,X-1,2025-03-01,X-1,乱扔垃圾,一般,1,X-1,大气,,,\n"
                     + code(304) + ",在线监测超标,监测,ZX-972,2025-03-01,告警,,,,,水,1,化学需氧量,0.5\n"
                     + "９１" + code(301).substring(2).toLowerCase() + ",在线监测超标,监测,ZX-973,2025年3月1日,告警,,,,,水,1,COD,0.5\n";

        ImportPreview preview = preview(csv, "混合.csv");

        Map<Integer, String> keys = new java.util.TreeMap<>();
        preview.problemRows().forEach(row -> keys.put(row.rowNumber(), row.problems().get(0).refusal().messageKey()));
        assertThat(keys).containsExactly(Map.entry(3, "import.row.duplicate"), Map.entry(4, "date.inFuture"),
                                         Map.entry(5, "fact.attribute.unknownValue"),
                                         Map.entry(6, "creditFile.leftScope"));
        assertThat(preview.newRows()).as("the full-width, lower-case code and the Chinese date are read").isEqualTo(2);
    }

    @Test
    void aSourceSystemSubmitsItsOwnSourceOnlyAndARepeatedBatchStoresNothing() {
        Actor monitoring = Actor.sourceSystem("monitoring-platform", FactSource.MONITORING);
        List<SourceRow> rows = new ArrayList<>();
        rows.add(new SourceRow(1, Map.of("creditCode", code(302), "type", "MONITORING_EXCEEDANCE", "source",
                                         "MONITORING", "sourceRecordId", "API-1", "occurredOn", "2025-05-01",
                                         "documentNo", "API-1", "medium", "AIR", "pollutant", "NOx", "days", "1",
                                         "maxMultiple", "0.2")));
        rows.add(new SourceRow(2, Map.of("creditCode", code(302), "type", "TAX", "source", "TAX", "sourceRecordId",
                                         "T-1", "occurredOn", "2025-05-01", "documentNo", "T-1", "status", "ARREARS")));

        BatchResult first = desk.submit(ImportKind.FACTS, "告警推送", rows, monitoring);

        assertThat(first.importId()).isNotNull();
        assertThat(first.rows()).extracting(RowResult::outcome).containsExactly(RowOutcome.RECORDED, RowOutcome.REFUSED);
        assertThat(first.rows().get(1).problems().get(0).refusal().messageKey()).isEqualTo("import.source.notOwn");

        app.awaitCaughtUp("credit-file-entries");
        BatchResult again = desk.submit(ImportKind.FACTS, "告警推送", rows.subList(0, 1), monitoring);
        assertThat(again.importId()).as("nothing new, no import recorded").isNull();
        assertThat(again.rows()).extracting(RowResult::outcome).containsExactly(RowOutcome.ALREADY_RECORDED);
    }

    @Test
    void refusesWholeFilesThatCannotBeImported() {
        assertThatThrownBy(() -> preview("", "空.csv")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("import.file.empty");
        assertThatThrownBy(() -> preview(HEADER + "\n", "只有表头.csv")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("import.file.noDataRows");
        assertThatThrownBy(() -> desk.preview(ImportKind.FACTS, "a.csv", new ByteArrayInputStream(new byte[1]),
                                              Actor.enterprise("contact", code(301))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("actor.notPermitted");
    }
}
