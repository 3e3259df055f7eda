package org.greencredit.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.access.SignInChannel;
import org.greencredit.domain.access.SignInFailure;
import org.greencredit.domain.access.api.AccountLockedOut;
import org.greencredit.domain.access.api.SignInFailed;
import org.greencredit.domain.access.api.SignInSucceeded;
import org.greencredit.app.upcasting.EnterpriseRegisteredToRevision2;
import org.greencredit.domain.calendar.Holiday;
import org.greencredit.domain.calendar.YearArrangement;
import org.greencredit.domain.calendar.api.YearArrangementEntered;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.DeclarationClosed;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DeclaredItemsLapsed;
import org.greencredit.domain.creditfile.api.DisclosureClosed;
import org.greencredit.domain.creditfile.api.EnterpriseIncludedInBatch;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.EvaluationDisclosed;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.FinalPublicationAnnounced;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.ObjectionReviewOverdue;
import org.greencredit.domain.creditfile.api.ObjectionReviewed;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.RepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RepairRejected;
import org.greencredit.domain.dataerror.EvidenceFile;
import org.greencredit.domain.dataerror.api.DataErrorCorrected;
import org.greencredit.domain.dataerror.api.DataErrorDecisionOverdue;
import org.greencredit.domain.dataerror.api.DataErrorReportRefused;
import org.greencredit.domain.dataerror.api.DataErrorReportWithdrawn;
import org.greencredit.domain.dataerror.api.DataErrorReported;
import org.greencredit.domain.creditfile.api.VerificationCompleted;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.cycle.CycleSchedule;
import org.greencredit.domain.cycle.api.CycleClosed;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.DisclosurePhaseClosed;
import org.greencredit.domain.cycle.api.EnterpriseExcludedFromCycle;
import org.greencredit.domain.cycle.api.FinalGradesPublished;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.greencredit.domain.decisionnumber.api.DecisionNumberClaimed;
import org.greencredit.domain.indicator.RepairConditionKind;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.DrawInputs;
import org.greencredit.domain.inspection.DrawInspector;
import org.greencredit.domain.inspection.DrawResult;
import org.greencredit.domain.inspection.DrawnInspection;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.InspectorPair;
import org.greencredit.domain.inspection.TierDraw;
import org.greencredit.domain.inspection.TierPopulation;
import org.greencredit.domain.inspection.TierRule;
import org.greencredit.domain.inspection.VisitCount;
import org.greencredit.domain.inspection.api.InspectionResultRecorded;
import org.greencredit.domain.inspection.api.InspectionViolationLinked;
import org.greencredit.domain.inspection.api.InspectionsDrawn;
import org.greencredit.domain.inspection.api.InspectionsRedrawn;
import org.greencredit.domain.intake.ImportChannel;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.api.ImportCompleted;
import org.greencredit.domain.intake.api.ImportCounts;
import org.greencredit.domain.intake.api.ImportStarted;
import org.greencredit.domain.upload.UploadFile;
import org.greencredit.domain.upload.UploadFormat;
import org.greencredit.domain.upload.UploadKind;
import org.greencredit.domain.upload.api.ResultsUploadProduced;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.domain.inspector.api.CertificateNumberClaimed;
import org.greencredit.domain.inspector.api.InspectorDeactivated;
import org.greencredit.domain.inspector.api.InspectorDetailsChanged;
import org.greencredit.domain.inspector.api.InspectorReactivated;
import org.greencredit.domain.inspector.api.InspectorRecusalDeclared;
import org.greencredit.domain.inspector.api.InspectorRecusalWithdrawn;
import org.greencredit.domain.inspector.api.InspectorRegistered;
import org.greencredit.domain.partner.api.PartnerClientRegistered;
import org.greencredit.domain.partner.api.PartnerClientRevoked;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.TrialPopulation;
import org.greencredit.domain.trial.api.TrialRunRecorded;
import org.greencredit.domain.intake.api.SourceRecordClaimed;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.api.DraftDefinitionReplaced;
import org.greencredit.domain.indicator.api.IndicatorVersionDrafted;
import org.greencredit.domain.indicator.api.IndicatorVersionPublished;
import org.greencredit.domain.indicator.api.IndicatorVersionRetired;
import org.greencredit.domain.repair.RepairCondition;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events are forever: the stored JSON of every event type at every revision that ever reached main is kept under
 * {@code stored-events/}. Each must still read — through the application's upcasters — as the event it was, and
 * the newest revision of each type is exactly what the application writes today.
 */
class StoredEventFormTest {

    private final Serializer serializer = new SerializerConfiguration().serializer(new AnnotationRevisionResolver());
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new EnterpriseRegisteredToRevision2());

    private static final String CODE = "91110000600037341L";
    private static final String FACT = "3f2a1c8e-5b7d-4e09-9a61-2c4d8e7f1a0b";
    private static final String ITEM = "9d8c7b6a-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final Evidence DECISION = new Evidence("京通环罚〔2025〕12号", "现场检查笔录");
    private static final String CYCLE = "2026-TRIAL-1";
    private static final String DECISION_ID = "5b0c6f4e-2a61-3d8e-9f7a-0c1d2e3f4a5b";
    private static final String REPAIR = "7e6d5c4b-3a29-4181-9706-f5e4d3c2b1a0";
    private static final String IMPORT = "5a1e0c3e-2b7d-4c61-8f0e-7f1c2d3e4f50";

    private static FactAttributes violationAttributes() {
        return FactAttributes.of("category", "EXCEEDING_STANDARDS", "severity", "GENERAL", "fineYuan", 50000,
                                 "measures", List.of("FINE", "ORDER_CORRECTION"), "penaltyExempted", false,
                                 "decisionNo", "京通环罚〔2025〕12号", "medium", "AIR");
    }

    /** The event each current-revision fixture holds; every event type of the domain appears here. */
    private static final Map<String, Object> CURRENT = new LinkedHashMap<>();

    static {
        CURRENT.put("EnterpriseRegistered-3.json", new EnterpriseRegistered(
                CODE, TestEnterprises.registered(CODE).establishedOn(), TestEnterprises.registered(CODE).profile(),
                IMPORT));
        CURRENT.put("EnterpriseProfileChanged-1.json", new EnterpriseProfileChanged(
                CODE, TestEnterprises.registered(CODE).profile(), LocalDate.of(2026, 1, 2)));
        CURRENT.put("EnterpriseIncludedInBatch-1.json",
                    new EnterpriseIncludedInBatch(CODE, "2026-TRIAL", LocalDate.of(2026, 1, 5)));
        CURRENT.put("EnterpriseLeftScope-1.json", new EnterpriseLeftScope(
                CODE, ScopeExitReason.MERGED, LocalDate.of(2026, 2, 1), "吸收合并", "91110112MA0000001X"));
        CURRENT.put("FactRecorded-2.json", new FactRecorded(
                CODE, FACT, FactType.VIOLATION, LocalDate.of(2025, 5, 10), FactSource.ENFORCEMENT, DECISION,
                violationAttributes(), "京通环罚〔2025〕12号", IMPORT));
        CURRENT.put("SourceRecordClaimed-1.json", new SourceRecordClaimed(
                "source-record:" + FACT, FactSource.ENFORCEMENT, "京通环罚〔2025〕12号", CODE, FACT));
        CURRENT.put("PartnerClientRegistered-1.json", new PartnerClientRegistered(
                "pc-bank-tongzhou", "通州农商银行", "绿色金融部", List.of(PartnerScope.LOOKUP, PartnerScope.CHANGES),
                LocalDate.of(2027, 3, 1), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 120,
                LocalDate.of(2026, 3, 1), "admin-wang"));
        CURRENT.put("PartnerClientRevoked-1.json",
                    new PartnerClientRevoked("pc-bank-tongzhou", LocalDate.of(2026, 9, 1), "admin-wang"));
        inspectorEvents();
        CURRENT.put("TrialRunRecorded-1.json", new TrialRunRecorded(
                "5f0c2a52-8d7e-4a0b-9c51-0b7e2a4f1d30", "TZ-GREEN-CREDIT", "2026.2",
                "1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f", Baseline.VERSION, "2026.1",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                new TrialPopulation(TrialPopulation.Kind.FILTER, null, Subdistrict.SONGZHUANG, "C23",
                                    ManagementClass.KEY), 412,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 1),
                "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9", 3, 17, LocalDate.of(2026, 2, 20)));
        CURRENT.put("ImportStarted-1.json", new ImportStarted(
                IMPORT, ImportKind.FACTS, ImportChannel.FILE, "执法处罚2025.xlsx", 20480,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 120, "officer-zhang"));
        CURRENT.put("ResultsUploadProduced-1.json", new ResultsUploadProduced(
                "2026-ANNUAL", IMPORT, 2, UploadKind.INCREMENTAL, "6b2f1d4f-3c8e-4d72-9a1f-8a2d3e4f5a61",
                "TZ-GREEN-CREDIT", "2026.1", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 1,
                Map.of("D", 1), List.of(new UploadFile("2026-ANNUAL-02-incremental.json", UploadFormat.JSON, 1800,
                                                       "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                "officer-zhang", java.time.Instant.parse("2026-06-01T01:00:00Z")));
        CURRENT.put("ImportCompleted-1.json", new ImportCompleted(IMPORT, new ImportCounts(100, 12, 1, 7, 0)));
        CURRENT.put("ViolationCorrected-1.json", new ViolationCorrected(
                CODE, FACT, CorrectionOutcome.CHANGED, LocalDate.of(2025, 11, 3), Evidence.of("京通政复决字〔2025〕40号"),
                FactAttributes.of("category", "EXCEEDING_STANDARDS", "severity", "MINOR", "fineYuan", new java.math.BigDecimal("5000.50"),
                                  "measures", List.of("FINE"), "penaltyExempted", false,
                                  "decisionNo", "京通环罚〔2025〕12号", "medium", "AIR")));
        CURRENT.put("ItemDeclared-2.json", new ItemDeclared(
                CODE, ITEM, CYCLE, FactType.GREEN_PRACTICE, LocalDate.of(2025, 4, 2),
                Evidence.of("ISO14001-2025-0042"),
                FactAttributes.of("kind", "ISO14001", "validUntil", LocalDate.of(2028, 4, 1))));
        CURRENT.put("DeclaredItemVerified-1.json", new DeclaredItemVerified(
                CODE, ITEM, VerificationOutcome.CONFIRMED, LocalDate.of(2026, 2, 10), "现场核对原件"));
        CURRENT.put("DecisionNumberClaimed-1.json", new DecisionNumberClaimed(
                "decision-no:京通环罚〔2025〕12号", "京通环罚〔2025〕12号", CODE, FACT));
        CURRENT.put("IndicatorVersionDrafted-1.json", new IndicatorVersionDrafted(
                "TZ-GREEN-CREDIT", "2026.1", "system: TZ-GREEN-CREDIT\nversion: \"2026.1\"\n", "{\"system\":\"TZ-GREEN-CREDIT\"}",
                "cb18a13e6635"));
        CURRENT.put("DraftDefinitionReplaced-1.json", new DraftDefinitionReplaced(
                "TZ-GREEN-CREDIT", "2027.1", "system: TZ-GREEN-CREDIT\nversion: \"2027.1\"\n", "{\"version\":\"2027.1\"}",
                "0a1b2c3d4e5f"));
        CURRENT.put("IndicatorVersionPublished-1.json", new IndicatorVersionPublished(
                "TZ-GREEN-CREDIT", "2026.1", "cb18a13e6635", LocalDate.of(2026, 1, 1)));
        CURRENT.put("IndicatorVersionRetired-1.json", new IndicatorVersionRetired(
                "TZ-GREEN-CREDIT", "2026.1", LocalDate.of(2027, 1, 1)));
        inspectionEvents();
        procedureEvents();
    }

    /** A small quarterly plan: two tiers, three inspectors, one enterprise drawn on site. */
    private static void inspectionEvents() {
        DrawInputs inputs = new DrawInputs(
                "2026-Q4", "TZ-GREEN-CREDIT", "2026.1", "cb18a13e6635",
                List.of(new TierRule("POSITIVE_LIST", java.math.BigDecimal.ZERO, 0, true),
                        new TierRule("KEY", new java.math.BigDecimal("0.5"), 2, false)),
                List.of(new TierPopulation("POSITIVE_LIST", List.of("91110112MA0000001X")),
                        new TierPopulation("KEY", List.of(CODE))),
                List.of(new DrawInspector("insp-01", List.of()), new DrawInspector("insp-02", List.of(CODE)),
                        new DrawInspector("insp-03", List.of())),
                List.of(new InspectorPair(CODE, List.of("insp-01", "insp-03"))),
                List.of(new VisitCount(CODE, 1)), 90, List.of());
        DrawResult result = new DrawResult(
                List.of(new TierDraw("KEY", 1, false, 0, 1, 1, 1), new TierDraw("POSITIVE_LIST", 1, true, 0, 0, 0, 0)),
                List.of(new DrawnInspection(CODE, "KEY", DrawBasis.YEARLY_MINIMUM, List.of("insp-01", "insp-03"))));
        Instant at = Instant.parse("2026-10-09T02:00:00Z");
        CURRENT.put("InspectionsDrawn-1.json", new InspectionsDrawn(
                "2026-Q4", "2026-Q4#1", "2026年第四季度抽签", inputs,
                "3b1f0c4e9a8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b", result,
                LocalDate.of(2026, 10, 9), at, "officer-zhang"));
        CURRENT.put("InspectionsRedrawn-1.json", new InspectionsRedrawn(
                "2026-Q4", "2026-Q4#2", "2026-Q4#1", "执法人员名录未同步", "5d0a", inputs,
                "3b1f0c4e9a8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b", result,
                LocalDate.of(2026, 10, 10), at.plusSeconds(86_400), "officer-zhang"));
        CURRENT.put("InspectionResultRecorded-1.json", new InspectionResultRecorded(
                "2026-Q4", "2026-Q4#2", CODE, InspectionOutcome.PROBLEM_FOUND, LocalDate.of(2026, 10, 20), null,
                "废气排放口未规范设置", null, LocalDate.of(2026, 10, 21), "officer-zhang", "insp-01"));
        CURRENT.put("InspectionViolationLinked-1.json", new InspectionViolationLinked(
                "2026-Q4", "2026-Q4#2", CODE, FACT, LocalDate.of(2026, 11, 2), "officer-zhang"));
    }

    /** The events of the 执法人员名录. */
    private static void inspectorEvents() {
        String inspector = "inspector-6b2f1d4f-3c8e-4d72-9a1f-8a2d3e4f5a61";
        CURRENT.put("InspectorRegistered-1.json", new InspectorRegistered(
                inspector, "张建国", "区生态环境局执法大队一中队", "TZHB-2019-0101", "demo-inspector",
                LocalDate.of(2026, 3, 1), "admin-wang"));
        CURRENT.put("CertificateNumberClaimed-1.json", new CertificateNumberClaimed(
                "certificate-no:TZHB-2019-0101", "TZHB-2019-0101", inspector));
        CURRENT.put("InspectorDetailsChanged-1.json", new InspectorDetailsChanged(
                inspector, "张建国", "区生态环境局执法大队二中队", "TZHB-2024-0201", null, LocalDate.of(2026, 4, 1),
                "admin-wang"));
        CURRENT.put("InspectorDeactivated-1.json", new InspectorDeactivated(
                inspector, "借调至市生态环境局", LocalDate.of(2026, 5, 1), "admin-wang"));
        CURRENT.put("InspectorReactivated-1.json", new InspectorReactivated(
                inspector, "借调结束", LocalDate.of(2026, 8, 1), "admin-wang"));
        CURRENT.put("InspectorRecusalDeclared-1.json", new InspectorRecusalDeclared(
                inspector, CODE, "近亲属在该企业担任环保负责人", LocalDate.of(2026, 3, 2), "admin-wang"));
        CURRENT.put("InspectorRecusalWithdrawn-1.json", new InspectorRecusalWithdrawn(
                inspector, CODE, "近亲属已离职", LocalDate.of(2026, 9, 1), "admin-wang"));
    }

    /** The events of an evaluation cycle, of the evaluation inside a credit file, and of the calendar. */
    private static void procedureEvents() {
        CycleSchedule schedule = new CycleSchedule(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23),
                                                   LocalDate.of(2026, 4, 21), LocalDate.of(2026, 4, 22),
                                                   LocalDate.of(2026, 5, 8));
        List<String> batch = List.of(CODE, "91110112MA0000001X");
        CURRENT.put("CycleOpened-1.json", new CycleOpened(
                CYCLE, 2026, "2026年度第一批试点", batch, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                "TZ-GREEN-CREDIT", "2026.1", "cb18a13e6635", schedule));
        CURRENT.put("EnterpriseExcludedFromCycle-1.json",
                    new EnterpriseExcludedFromCycle(CYCLE, "91110112MA0000001X", "creditFile.notFound"));
        CURRENT.put("DeclarationPhaseClosed-1.json",
                    new DeclarationPhaseClosed(CYCLE, List.of(CODE), LocalDate.of(2026, 3, 24)));
        CURRENT.put("VerificationPhaseClosed-1.json", new VerificationPhaseClosed(
                CYCLE, List.of(CODE), LocalDate.of(2026, 4, 21), LocalDate.of(2026, 4, 22), LocalDate.of(2026, 5, 8)));
        CURRENT.put("DisclosurePhaseClosed-1.json",
                    new DisclosurePhaseClosed(CYCLE, List.of(CODE), LocalDate.of(2026, 5, 11)));
        CURRENT.put("FinalGradesPublished-1.json",
                    new FinalGradesPublished(CYCLE, List.of(CODE), LocalDate.of(2026, 5, 15)));
        CURRENT.put("CycleClosed-1.json", new CycleClosed(CYCLE, LocalDate.of(2026, 12, 31)));

        CURRENT.put("EvaluationOpened-1.json", new EvaluationOpened(
                CODE, CYCLE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "TZ-GREEN-CREDIT", "2026.1",
                "cb18a13e6635", LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 21)));
        CURRENT.put("DeclarationClosed-1.json", new DeclarationClosed(CODE, CYCLE, LocalDate.of(2026, 3, 24)));
        CURRENT.put("VerificationCompleted-1.json",
                    new VerificationCompleted(CODE, CYCLE, LocalDate.of(2026, 4, 1)));
        CURRENT.put("DeclaredItemsLapsed-1.json",
                    new DeclaredItemsLapsed(CODE, CYCLE, List.of(ITEM), LocalDate.of(2026, 4, 22)));
        CURRENT.put("GradeDecided-1.json", new GradeDecided(
                CODE, DECISION_ID, DecisionKind.PRELIMINARY, CYCLE, LocalDate.of(2026, 4, 22), decision(), null,
                new DecisionTrigger(DecisionTrigger.GRADING, CYCLE)));
        CURRENT.put("EvaluationDisclosed-1.json",
                    new EvaluationDisclosed(CODE, CYCLE, LocalDate.of(2026, 4, 22), LocalDate.of(2026, 5, 8)));
        CURRENT.put("ObjectionFiled-1.json", new ObjectionFiled(
                CODE, CYCLE, "处罚对象有误", new Evidence("JC-2025-118", "第三方监测报告"), LocalDate.of(2026, 4, 27),
                LocalDate.of(2026, 5, 13)));
        CURRENT.put("ObjectionReviewed-1.json", new ObjectionReviewed(
                CODE, CYCLE, ObjectionOutcome.UPHELD, "经核实，处罚已撤销", LocalDate.of(2026, 5, 6)));
        CURRENT.put("ObjectionReviewOverdue-1.json",
                    new ObjectionReviewOverdue(CODE, CYCLE, LocalDate.of(2026, 5, 13)));
        CURRENT.put("DisclosureClosed-1.json", new DisclosureClosed(CODE, CYCLE, LocalDate.of(2026, 5, 11)));
        CURRENT.put("FinalPublicationAnnounced-1.json",
                    new FinalPublicationAnnounced(CODE, CYCLE, LocalDate.of(2026, 5, 15)));
        CURRENT.put("RepairApplied-1.json", new RepairApplied(
                CODE, REPAIR, List.of(FACT), new Evidence("ZG-2026-07", "整改验收报告"), "守法承诺",
                List.of(new RepairCondition(RepairConditionKind.WAITING_PERIOD, true, List.of()),
                        new RepairCondition(RepairConditionKind.PENALTIES_FULFILLED, false, List.of(FACT))),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15)));
        CURRENT.put("RepairApproved-1.json",
                    new RepairApproved(CODE, REPAIR, List.of(FACT), LocalDate.of(2026, 6, 4)));
        CURRENT.put("RepairRejected-1.json",
                    new RepairRejected(CODE, REPAIR, "罚款尚未缴纳", LocalDate.of(2026, 6, 4)));
        CURRENT.put("RepairDecisionOverdue-1.json",
                    new RepairDecisionOverdue(CODE, REPAIR, LocalDate.of(2026, 6, 15)));
        String report = FACT + "#1";
        CURRENT.put("DataErrorReported-1.json", new DataErrorReported(
                report, CODE, FACT, FactType.VIOLATION, LocalDate.of(2025, 5, 10),
                FactAttributes.of("decisionNo", "京通环罚〔2025〕12号", "fineYuan", 50000), "该处罚已被行政复议撤销",
                List.of(new EvidenceFile("复议决定书.pdf", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                                         20480, "application/pdf")),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15), 12));
        CURRENT.put("DataErrorCorrected-1.json", new DataErrorCorrected(
                report, CODE, FACT, 14, CorrectionOutcome.REVOKED, LocalDate.of(2026, 6, 3), "依复议决定撤销",
                LocalDate.of(2026, 6, 3)));
        CURRENT.put("DataErrorReportRefused-1.json",
                    new DataErrorReportRefused(report, CODE, FACT, "处罚决定有效", LocalDate.of(2026, 6, 4)));
        CURRENT.put("DataErrorReportWithdrawn-1.json",
                    new DataErrorReportWithdrawn(report, CODE, FACT, LocalDate.of(2026, 6, 2)));
        CURRENT.put("DataErrorDecisionOverdue-1.json",
                    new DataErrorDecisionOverdue(report, CODE, FACT, LocalDate.of(2026, 6, 15)));
        CURRENT.put("YearArrangementEntered-1.json", new YearArrangementEntered(
                "WORKING-DAY-CALENDAR", new YearArrangement(2026, "国务院办公厅关于2026年部分节假日安排的通知",
                List.of(new Holiday("元旦", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3))),
                List.of(LocalDate.of(2026, 1, 4)))));
        CURRENT.put("SignInSucceeded-1.json", new SignInSucceeded("demo-admin", "192.0.2.7", SignInChannel.FORM));
        CURRENT.put("SignInFailed-1.json", new SignInFailed("demo-admin", "192.0.2.7", SignInChannel.BASIC,
                                                            SignInFailure.BAD_CREDENTIALS));
        CURRENT.put("AccountLockedOut-1.json", new AccountLockedOut("demo-admin", "192.0.2.7", SignInChannel.BASIC, 5,
                                                                    Instant.parse("2026-12-05T01:16:00Z")));
    }

    /** A small preliminary decision: one general air violation in 2025, graded on the default version. */
    private static GradeDecision decision() {
        ResolvedFact violation = new ResolvedFact(FACT, FactType.VIOLATION, LocalDate.of(2025, 5, 10),
                FactAttributes.of("category", "EXCEEDING_STANDARDS", "severity", "GENERAL", "fineYuan", 50000,
                                  "measures", List.of("FINE"), "penaltyExempted", false,
                                  "decisionNo", "京通环罚〔2025〕12号", "medium", "AIR"));
        return ScoringEngine.of(DefaultIndicatorSystem.definition())
                            .score(List.of(violation), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                                   LocalDate.of(2026, 4, 21));
    }

    static Stream<Arguments> storedForms() {
        Stream<Arguments> superseded = Stream.of(
                Arguments.of("EnterpriseRegistered-1.json", EnterpriseRegistered.class.getName(), "1",
                             new EnterpriseRegistered(CODE, null, new EnterpriseProfile(
                                     "北京通州示例印刷有限公司", null, null, null, null, null, false, null))),
                Arguments.of("EnterpriseRegistered-2.json", EnterpriseRegistered.class.getName(), "2",
                             TestEnterprises.registered(CODE)),
                Arguments.of("FactRecorded-1.json", FactRecorded.class.getName(), "1", new FactRecorded(
                        CODE, FACT, FactType.VIOLATION, LocalDate.of(2025, 5, 10), FactSource.ENFORCEMENT, DECISION,
                        violationAttributes())),
                Arguments.of("ItemDeclared-1.json", ItemDeclared.class.getName(), "1", new ItemDeclared(
                        CODE, ITEM, null, FactType.GREEN_PRACTICE, LocalDate.of(2025, 4, 2),
                        Evidence.of("ISO14001-2025-0042"),
                        FactAttributes.of("kind", "ISO14001", "validUntil", LocalDate.of(2028, 4, 1)))));
        return Stream.concat(superseded, currentForms().map(arguments -> {
            Object event = arguments.get()[2];
            return Arguments.of(arguments.get()[0], event.getClass().getName(), arguments.get()[1], event);
        }));
    }

    static Stream<Arguments> currentForms() {
        return CURRENT.entrySet().stream().map(entry -> Arguments.of(
                entry.getKey(), entry.getKey().replaceAll(".*-(\\d+)\\.json", "$1"), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedForms")
    void storedJsonStillReadsAsTheEvent(String file, String type, String revision, Object expected)
            throws IOException {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>(
                "EnterpriseCreditFile", CODE, 0, "event-1", Instant.EPOCH, type, revision, read(file), "{}");

        List<IntermediateEventRepresentation> upcast = upcasters.upcast(
                Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).hasSize(1);
        SerializedObject<?> data = upcast.get(0).getData();
        Object event = serializer.deserialize(data);
        assertThat(event).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentForms")
    void theNewestStoredFormIsWhatTheApplicationWrites(String file, String revision, Object event) throws IOException {
        SerializedObject<String> current = serializer.serialize(event, String.class);

        assertThat(current.getType().getRevision()).isEqualTo(revision);
        assertThat(current.getData()).isEqualTo(read(file).strip());
    }

    @Test
    void everyEventTypeOfTheDomainHasAStoredForm() {
        Set<String> eventTypes = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().importPackages("org.greencredit.domain")) {
            if (type.getPackageName().endsWith(".api") && type.isAnnotatedWith(Revision.class)) {
                eventTypes.add(type.getSimpleName());
            }
        }
        Set<String> stored = new TreeSet<>();
        CURRENT.values().forEach(event -> stored.add(event.getClass().getSimpleName()));

        assertThat(eventTypes).hasSizeGreaterThan(30);
        assertThat(stored).isEqualTo(eventTypes);
    }

    private static String read(String file) throws IOException {
        try (InputStream in = StoredEventFormTest.class.getResourceAsStream("/stored-events/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
