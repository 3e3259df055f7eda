package org.greencredit.app.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.api.CreditFileEventsApi;
import org.greencredit.app.audit.DecisionVerifier;
import org.greencredit.app.audit.VerificationReport;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.SimulatedClock;
import org.greencredit.domain.creditfile.DecisionHistory;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.EnterpriseCreditFile;
import org.greencredit.domain.creditfile.RecordedDecision;
import org.greencredit.domain.creditfile.api.ApplyForRepair;
import org.greencredit.domain.creditfile.api.CompleteVerification;
import org.greencredit.domain.creditfile.api.CorrectViolation;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DecideRepair;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.DeclareItem;
import org.greencredit.domain.creditfile.api.FileObjection;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.creditfile.api.RegradeAfterReview;
import org.greencredit.domain.creditfile.api.RepairOutcome;
import org.greencredit.domain.creditfile.api.ReviewObjection;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.VerifyDeclaredItem;
import org.greencredit.domain.cycle.api.EnterpriseExcludedFromCycle;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.cycle.api.PublishFinalGrades;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.greencredit.ui.portal.RepairChecklist.RepairCheck;
import org.greencredit.ui.portal.RepairChecklist;
import org.greencredit.ui.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The 2026 trial cycle of 30 enterprises through the whole procedure in the running application, on a clock the
 * test moves: opening and fan-out, declarations, verification, grading at the verification deadline, disclosure,
 * one objection upheld and one rejected, publication, a dynamic adjustment and a credit repair. Every grade is
 * checked against the total and grade counted by hand from the default version (DOMAIN.md, "Scoring").
 *
 * <p>Deadlines are acted on by the deadline sweep, called here the day after each deadline as the scheduler would.
 */
class EvaluationCycleIntegrationTest {

    private static final String CYCLE = "2026-TRIAL-1";
    private static final int ENTERPRISES = 30;
    private static final int NOT_REGISTERED = 31;
    private static final Actor ASSESSOR = Actor.assessor("assessor-li", "第三方评价机构");
    private static final Actor REVIEWER = new Actor("reviewer-chen", Role.REVIEWER, "法制科", null);

    /** E11: a general fined air violation — PP01 −4: 76.0, ceiling C01 keeps B. */
    private static final int FINED = 11;
    /** E12: a serious facility violation — PP03 −10: 70.0, C; objection upheld, violation revoked: 80.0, B. */
    private static final int UPHELD = 12;
    /** E13: the same violation — 70.0, C; objection rejected; repaired after publication: 80.0, B. */
    private static final int REJECTED = 13;
    /** E14: declares ISO 14001 (+2) and a credit commitment (+1), both confirmed: 83.0, B. */
    private static final int CERTIFIED = 14;
    /** E15: the worked case "green practices and a national award": GL 10, AW 5: 95.0, A. */
    private static final int EXEMPLARY = 15;
    /** E16: declares an award found false — FALSE_DECLARATION, veto V12: 80.0, D. */
    private static final int FALSE_DECLARANT = 16;
    /** E17: declares clean energy nobody verifies — it lapses: 80.0, B. */
    private static final int UNVERIFIED = 17;
    /** E18: a general incident it is responsible for — EM04 −5: 75.0, B; downgrade DG01: C. */
    private static final int INCIDENT = 18;
    /** E19: clean at publication (80.0, B); falsified monitoring data in June 2026 — dynamic veto V06: D. */
    private static final int LATER_FALSIFIER = 19;
    /** E20: falsified data in September 2024, within 24 months of the decision date — veto V06: D. */
    private static final int EARLIER_FALSIFIER = 20;

    /**
     * Far below the default of 100, so every credit file is snapshotted several times and each reader that folds a
     * stream itself (verification, repair checklist, events API) is exercised past a snapshot.
     */
    private static final int SNAPSHOT_EVERY = 3;

    @TempDir
    Path dataDir;

    private final Map<String, Long> timings = new HashMap<>();

    @Test
    void thirtyEnterprisesGoThroughTheWholeProcedure() {
        long started = System.nanoTime();
        try (RunningApplication app = RunningApplication.startSimulated(
                dataDir, LocalDate.of(2026, 1, 12), "greencredit.reference-data.publish-shipped=false",
                "greencredit.deadlines.sweep-interval=PT1H",
                "greencredit.snapshots.credit-file-every=" + SNAPSHOT_EVERY)) {
            SimulatedClock clock = app.clock();
            app.bean(ShippedReferenceData.class).publishIfAbsent();
            registerAndRecordFacts(app);

            clock.moveTo(LocalDate.of(2026, 3, 2));
            List<String> batch = new ArrayList<>();
            for (int n = 1; n <= NOT_REGISTERED; n++) {
                batch.add(code(n));
            }
            timed("open and fan out to 31", () -> {
                app.send(new OpenCycle(CYCLE, 2026, "2026年度第一批试点", batch, DefaultIndicatorSystem.SYSTEM,
                                       DefaultIndicatorSystem.VERSION));
                app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
            });
            assertThat(eventsOf(app, CYCLE, EnterpriseExcludedFromCycle.class))
                    .containsExactly(new EnterpriseExcludedFromCycle(CYCLE, code(NOT_REGISTERED), "creditFile.notFound"));

            clock.moveTo(LocalDate.of(2026, 3, 10));
            declare(app);

            clock.moveTo(LocalDate.of(2026, 3, 24));
            timed("close declarations for 30", () -> sweep(app, 1));

            clock.moveTo(LocalDate.of(2026, 4, 1));
            verify(app);

            clock.moveTo(LocalDate.of(2026, 4, 22));
            timed("grade and disclose 30", () -> sweep(app, 1));
            assertPreliminaryGrades(app);

            clock.moveTo(LocalDate.of(2026, 4, 27));
            objectAndReview(app);

            clock.moveTo(LocalDate.of(2026, 5, 11));
            sweep(app, 1);
            clock.moveTo(LocalDate.of(2026, 5, 12));
            timed("publish 30", () -> {
                app.send(new PublishFinalGrades(CYCLE));
                app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
            });
            assertFinalGrades(app);

            clock.moveTo(LocalDate.of(2026, 6, 10));
            adjustDynamically(app);
            repair(app);
            readersSeeTheWholeHistoryPastSnapshots(app);

            app.awaitCaughtUp(DeadlinesProjection.PROCESSING_GROUP);
            assertThat(app.bean(DeadlinesProjection.class).all()).allMatch(deadline -> deadline.met());
            assertThat(app.bean(DeadlineSweeper.class).sweep()).isZero();
        }
        timings.put("whole test", System.nanoTime() - started);
        timings.forEach((what, nanos) -> System.out.printf("TIMING %s: %d ms%n", what, nanos / 1_000_000));
    }

    private void registerAndRecordFacts(RunningApplication app) {
        for (int n = 1; n <= ENTERPRISES; n++) {
            app.send(TestEnterprises.registration(n, "试点企业" + n));
        }
        app.send(violation(FINED, "v-fined", "2025-06-10", "EXCEEDING_STANDARDS", "GENERAL", 50000));
        app.send(violation(UPHELD, "v-upheld", "2025-03-10", "FACILITY_ABNORMAL", "SERIOUS", 20000));
        app.send(violation(REJECTED, "v-rejected", "2025-03-10", "FACILITY_ABNORMAL", "SERIOUS", 20000));
        app.send(new RecordFact(code(INCIDENT), id("incident"), FactType.INCIDENT, LocalDate.of(2025, 8, 20),
                                FactSource.ENFORCEMENT, Evidence.of("京通环应〔2025〕4号"),
                                FactAttributes.of("level", "GENERAL", "responsible", true)));
        app.send(violation(EARLIER_FALSIFIER, "v-falsified-2024", "2024-09-15", "DATA_FALSIFICATION", "SERIOUS",
                           100000));
    }

    private void declare(RunningApplication app) {
        declareItem(app, CERTIFIED, "iso", FactType.GREEN_PRACTICE, "2025-04-02",
                    "kind", "ISO14001", "validUntil", "2028-04-01");
        declareItem(app, CERTIFIED, "pledge", FactType.CREDIT_COMMITMENT, "2025-06-01", "text", "依法排污，诚信经营");
        declareItem(app, EXEMPLARY, "factory", FactType.GREEN_PRACTICE, "2024-11-01",
                    "kind", "GREEN_FACTORY", "level", "MUNICIPAL", "validUntil", "2027-10-31");
        declareItem(app, EXEMPLARY, "rating", FactType.GREEN_PRACTICE, "2025-03-01",
                    "kind", "HEAVY_POLLUTION_PERFORMANCE", "level", "A");
        declareItem(app, EXEMPLARY, "carbon", FactType.GREEN_PRACTICE, "2025-06-30", "kind", "CARBON_COMPLIANCE");
        declareItem(app, EXEMPLARY, "pledge", FactType.CREDIT_COMMITMENT, "2025-01-10", "text", "依法排污，诚信经营");
        declareItem(app, EXEMPLARY, "award", FactType.AWARD, "2025-04-22",
                    "level", "NATIONAL", "title", "国家级绿色工厂示范", "issuer", "工业和信息化部");
        declareItem(app, FALSE_DECLARANT, "award", FactType.AWARD, "2025-09-01",
                    "level", "MUNICIPAL", "title", "市级环境友好企业", "issuer", "北京市生态环境局");
        declareItem(app, UNVERIFIED, "clean", FactType.GREEN_PRACTICE, "2025-07-01", "kind", "CLEAN_ENERGY");
    }

    private void verify(RunningApplication app) {
        LocalDate on = LocalDate.of(2026, 3, 31);
        for (String item : List.of("iso", "pledge")) {
            app.send(new VerifyDeclaredItem(code(CERTIFIED), itemId(CERTIFIED, item), VerificationOutcome.CONFIRMED,
                                            on, "现场核对原件"), ASSESSOR);
        }
        for (String item : List.of("factory", "rating", "carbon", "pledge", "award")) {
            app.send(new VerifyDeclaredItem(code(EXEMPLARY), itemId(EXEMPLARY, item), VerificationOutcome.CONFIRMED,
                                            on, "现场核对原件"), ASSESSOR);
        }
        app.send(new VerifyDeclaredItem(code(FALSE_DECLARANT), itemId(FALSE_DECLARANT, "award"),
                                        VerificationOutcome.FALSE, on, "颁奖单位无此表彰记录"), ASSESSOR);
        app.send(new CompleteVerification(code(CERTIFIED), CYCLE), ASSESSOR);
        app.send(new CompleteVerification(code(EXEMPLARY), CYCLE), ASSESSOR);
    }

    private void objectAndReview(RunningApplication app) {
        Evidence report = new Evidence("JC-2025-118", "第三方监测报告");
        app.send(new FileObjection(code(UPHELD), CYCLE, "设施当日停产检修，处罚认定有误", report), enterprise(UPHELD));
        app.send(new FileObjection(code(REJECTED), CYCLE, "罚款过重", report), enterprise(REJECTED));
        app.send(new ReviewObjection(code(UPHELD), CYCLE, ObjectionOutcome.UPHELD, "行政复议已撤销该处罚"), REVIEWER);
        app.send(new ReviewObjection(code(REJECTED), CYCLE, ObjectionOutcome.REJECTED, "处罚认定无误"), REVIEWER);
        app.send(new CorrectViolation(code(UPHELD), id("v-upheld"), CorrectionOutcome.REVOKED,
                                      LocalDate.of(2026, 4, 27), Evidence.of("京通政复决字〔2026〕9号"), null));
        app.send(new RegradeAfterReview(code(UPHELD), CYCLE));
    }

    private void adjustDynamically(RunningApplication app) {
        app.send(violation(LATER_FALSIFIER, "v-falsified-2026", "2026-06-05", "DATA_FALSIFICATION", "SERIOUS",
                           100000));
        RecordedDecision dynamic = inForce(app, LATER_FALSIFIER, LocalDate.of(2026, 6, 10));
        assertThat(dynamic.kind()).isEqualTo(DecisionKind.DYNAMIC);
        assertThat(dynamic.trigger()).isEqualTo(new DecisionTrigger(DecisionTrigger.NEW_FACT,
                                                                    id("v-falsified-2026")));
        assertThat(dynamic.decision().grade()).isEqualTo("D");
        assertThat(dynamic.decision().periodTo()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(inForce(app, LATER_FALSIFIER, LocalDate.of(2026, 6, 9)).decision().grade()).isEqualTo("B");
    }

    private void repair(RunningApplication app) {
        app.send(new RecordFact(code(REJECTED), id("penalty-paid"), FactType.PENALTY_FULFILLED,
                                LocalDate.of(2025, 4, 20), FactSource.ENFORCEMENT, Evidence.of("缴款书 2025-0420"),
                                FactAttributes.of("violationId", id("v-rejected"))));
        RepairCheck check = app.bean(RepairChecklist.class).check(code(REJECTED), List.of(id("v-rejected")),
                                                                  "依法排污，诚信经营");
        assertThat(check.grade()).isEqualTo("C");
        assertThat(check.repairableFacts()).extracting(ResolvedFact::factId).contains(id("v-rejected"));
        assertThat(check.mayApply()).as("refusal %s, conditions %s", check.refusal(), check.conditions()).isTrue();
        app.send(new ApplyForRepair(code(REJECTED), id("repair"), List.of(id("v-rejected")),
                                    new Evidence("ZG-2026-07", "设施改造验收报告"), "依法排污，诚信经营"),
                 enterprise(REJECTED));
        app.clock().moveTo(LocalDate.of(2026, 6, 12));
        app.send(new DecideRepair(code(REJECTED), id("repair"), RepairOutcome.APPROVED, null));

        RecordedDecision repaired = inForce(app, REJECTED, LocalDate.of(2026, 6, 12));
        assertThat(repaired.kind()).isEqualTo(DecisionKind.REPAIR);
        assertThat(repaired.decision().total()).isEqualTo(new BigDecimal("80.0"));
        assertThat(repaired.decision().grade()).isEqualTo("B");
        assertThat(inForce(app, REJECTED, LocalDate.of(2026, 6, 11)).decision().grade()).isEqualTo("C");
    }

    /**
     * Each file has been snapshotted (its snapshot-aware read starts with the aggregate), yet the auditor's
     * verification re-scores every decision of every file, and the events API lists every event from sequence 0.
     */
    private void readersSeeTheWholeHistoryPastSnapshots(RunningApplication app) {
        EventStore eventStore = app.bean(EventStore.class);
        DecisionVerifier verifier = app.bean(DecisionVerifier.class);
        CreditFileEventsApi eventsApi = app.bean(CreditFileEventsApi.class);
        SignedInUser auditor = SignedInUi.user("auditor-wang", Role.AUDITOR, null);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(auditor, null, auditor.getAuthorities());
        for (int n = 1; n <= ENTERPRISES; n++) {
            long events = WholeStream.of(eventStore, code(n)).asStream().count();
            assertThat(events).as("E%d events", n).isGreaterThan(SNAPSHOT_EVERY);
            assertThat(eventStore.readEvents(code(n)).asStream().findFirst().orElseThrow().getPayload())
                    .as("E%d starts at a snapshot when read the aggregate's way", n)
                    .isInstanceOf(EnterpriseCreditFile.class);

            VerificationReport report = verifier.verify(code(n));
            assertThat(report.decisions()).as("E%d decisions verified", n).isEqualTo(history(app, n).all().size());
            assertThat(report.mismatches()).as("E%d mismatches", n).isEmpty();

            assertThat(eventsApi.events(code(n), authentication))
                    .extracting(CreditFileEventsApi.StoredEvent::sequence)
                    .as("E%d events API", n)
                    .containsExactlyElementsOf(LongStream.range(0, events).boxed().toList());
        }
    }

    private void assertPreliminaryGrades(RunningApplication app) {
        for (int n = 1; n <= ENTERPRISES; n++) {
            List<RecordedDecision> decisions = history(app, n).all();
            assertThat(decisions).as("E%d", n).hasSize(1);
            RecordedDecision preliminary = decisions.get(0);
            assertThat(preliminary.kind()).isEqualTo(DecisionKind.PRELIMINARY);
            assertThat(preliminary.decision().asOf()).isEqualTo(LocalDate.of(2026, 4, 21));
            assertThat(preliminary.decision().total()).as("E%d total", n).isEqualTo(preliminaryTotal(n));
            assertThat(preliminary.decision().grade()).as("E%d grade", n).isEqualTo(preliminaryGrade(n));
        }
    }

    private void assertFinalGrades(RunningApplication app) {
        LocalDate published = LocalDate.of(2026, 5, 12);
        for (int n = 1; n <= ENTERPRISES; n++) {
            RecordedDecision inForce = inForce(app, n, published);
            assertThat(inForce.kind()).as("E%d", n).isEqualTo(DecisionKind.FINAL);
            String expected = n == UPHELD ? "B" : preliminaryGrade(n);
            assertThat(inForce.decision().grade()).as("E%d final grade", n).isEqualTo(expected);
        }
        assertThat(history(app, UPHELD).all()).extracting(RecordedDecision::kind)
                .containsExactly(DecisionKind.PRELIMINARY, DecisionKind.REVIEWED, DecisionKind.FINAL);
        assertThat(history(app, UPHELD).inForceOn(LocalDate.of(2026, 4, 27)).orElseThrow().decision().total())
                .isEqualTo(new BigDecimal("80.0"));
        assertThat(history(app, REJECTED).all()).extracting(RecordedDecision::kind)
                .containsExactly(DecisionKind.PRELIMINARY, DecisionKind.FINAL);
    }

    private static BigDecimal preliminaryTotal(int n) {
        return new BigDecimal(switch (n) {
            case FINED -> "76.0";
            case UPHELD, REJECTED -> "70.0";
            case CERTIFIED -> "83.0";
            case EXEMPLARY -> "95.0";
            case INCIDENT -> "75.0";
            default -> "80.0";
        });
    }

    private static String preliminaryGrade(int n) {
        return switch (n) {
            case UPHELD, REJECTED, INCIDENT -> "C";
            case EXEMPLARY -> "A";
            case FALSE_DECLARANT, EARLIER_FALSIFIER -> "D";
            default -> "B";
        };
    }

    private static void sweep(RunningApplication app, int expectedDeadlines) {
        app.awaitCaughtUp(DeadlinesProjection.PROCESSING_GROUP);
        assertThat(app.bean(DeadlineSweeper.class).sweep()).isEqualTo(expectedDeadlines);
        app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
    }

    private void timed(String what, Runnable step) {
        long start = System.nanoTime();
        step.run();
        timings.put(what, System.nanoTime() - start);
    }

    private static RecordedDecision inForce(RunningApplication app, int n, LocalDate on) {
        return history(app, n).inForceOn(on).orElseThrow();
    }

    private static DecisionHistory history(RunningApplication app, int n) {
        return DecisionHistory.of(eventsOf(app, code(n), GradeDecided.class));
    }

    private static <T> List<T> eventsOf(RunningApplication app, String aggregateId, Class<T> type) {
        return WholeStream.of(app.bean(EventStore.class), aggregateId).asStream().map(DomainEventMessage::getPayload)
                  .filter(type::isInstance).map(type::cast).toList();
    }

    private static void declareItem(RunningApplication app, int n, String item, FactType type, String occurredOn,
                                    Object... attributes) {
        app.send(new DeclareItem(code(n), itemId(n, item), type, LocalDate.parse(occurredOn),
                                 Evidence.of("证明材料-" + n + "-" + item), FactAttributes.of(attributes)),
                 enterprise(n));
    }

    private static RecordFact violation(int n, String name, String occurredOn, String category, String severity,
                                        int fineYuan) {
        return new RecordFact(code(n), id(name), FactType.VIOLATION, LocalDate.parse(occurredOn),
                              FactSource.ENFORCEMENT, Evidence.of("京通环罚〔" + occurredOn.substring(0, 4) + "〕" + n + "号"),
                              FactAttributes.of("category", category, "severity", severity, "medium", "AIR",
                                                "fineYuan", fineYuan, "measures", List.of("FINE"),
                                                "decisionNo", "京通环罚〔" + occurredOn.substring(0, 4) + "〕" + n + "号"));
    }

    private static Actor enterprise(int n) {
        return Actor.enterprise("contact-" + n, code(n));
    }

    private static String code(int n) {
        return TestCreditCodes.code(n);
    }

    private static String itemId(int n, String item) {
        return id(n + "/" + item);
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
