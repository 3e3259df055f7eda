package org.greencredit.projections.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.greencredit.domain.calendar.ShippedArrangements;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.ObjectionReviewed;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.dataerror.api.DataErrorCorrected;
import org.greencredit.domain.dataerror.api.DataErrorDecisionOverdue;
import org.greencredit.domain.dataerror.api.DataErrorReportRefused;
import org.greencredit.domain.dataerror.api.DataErrorReportWithdrawn;
import org.greencredit.domain.dataerror.api.DataErrorReported;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.creditfile.api.RepairDecisionOverdue;
import org.greencredit.domain.cycle.CycleSchedule;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.CrashBetweenWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeadlinesProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final String CYCLE = "2026-TRIAL-1";
    private static final String CODE = "91110000600037341L";
    private static final String APPLICATION = "7e6d5c4b-3a29-4181-9706-f5e4d3c2b1a0";
    private static final CycleOpened OPENED = new CycleOpened(
            CYCLE, 2026, "试点", List.of(CODE), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "TZ-GREEN-CREDIT",
            "2026.1", "hash", new CycleSchedule(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23),
                                                LocalDate.of(2026, 4, 21), LocalDate.of(2026, 4, 22),
                                                LocalDate.of(2026, 5, 8)));

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private DeadlinesProjection projection;
    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        projection = new DeadlinesProjection(mongo.database(), ShippedArrangements::workingDays);
        harness = new ProjectionHarness(projection);
    }

    @Test
    void aDeadlineFallsDueTheDayAfterItsLastDayUntilItIsMet() {
        harness.publish(CYCLE, OPENED, AT);

        assertThat(projection.dueBefore(LocalDate.of(2026, 3, 23))).isEmpty();
        assertThat(projection.dueBefore(LocalDate.of(2026, 3, 24))).extracting(Deadline::kind)
                                                                   .containsExactly(DeadlineKind.CYCLE_DECLARATION);
        assertThat(projection.dueBefore(LocalDate.of(2026, 4, 22))).extracting(Deadline::kind)
                .containsExactly(DeadlineKind.CYCLE_DECLARATION, DeadlineKind.CYCLE_VERIFICATION);

        harness.publish(CYCLE, new DeclarationPhaseClosed(CYCLE, List.of(CODE), LocalDate.of(2026, 3, 24)), AT);
        harness.publish(CYCLE, new VerificationPhaseClosed(CYCLE, List.of(CODE), LocalDate.of(2026, 4, 21),
                                                           LocalDate.of(2026, 4, 22), LocalDate.of(2026, 5, 8)), AT);

        assertThat(projection.dueBefore(LocalDate.of(2026, 5, 9)))
                .containsExactly(new Deadline("CYCLE_DISCLOSURE:" + CYCLE, DeadlineKind.CYCLE_DISCLOSURE, CYCLE, null,
                                              null, LocalDate.of(2026, 5, 8), false, null, null));
        assertThat(projection.all()).filteredOn(Deadline::met).hasSize(2);
    }

    @Test
    void objectionAndRepairDeadlinesAreMetByADecisionOrAnOverdueFlag() {
        harness.publish(CODE, new ObjectionFiled(CODE, CYCLE, "理由", Evidence.of("JC-1"), LocalDate.of(2026, 4, 27),
                                                 LocalDate.of(2026, 5, 13)), AT);
        harness.publish(CODE, new RepairApplied(CODE, APPLICATION, List.of("f"), Evidence.of("ZG-1"), "承诺",
                                                List.of(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15)), AT);
        assertThat(projection.dueBefore(LocalDate.of(2026, 7, 1))).extracting(Deadline::id).containsExactly(
                "OBJECTION_REVIEW:" + CODE + ":" + CYCLE, "REPAIR_DECISION:" + CODE + ":" + APPLICATION);

        harness.publish(CODE, new ObjectionReviewed(CODE, CYCLE, ObjectionOutcome.REJECTED, "经核实",
                                                    LocalDate.of(2026, 5, 6)), AT);
        harness.publish(CODE, new RepairDecisionOverdue(CODE, APPLICATION, LocalDate.of(2026, 6, 15)), AT);

        assertThat(projection.dueBefore(LocalDate.of(2026, 7, 1))).isEmpty();
    }

    @Test
    void aDataErrorReportsDeadlineIsMetByAnAnswerAWithdrawalOrAnOverdueFlag() {
        for (String report : List.of("f1#1", "f2#1", "f3#1", "f4#1")) {
            harness.publish(CODE, new DataErrorReported(report, CODE, report.substring(0, 2), FactType.VIOLATION,
                                                        LocalDate.of(2025, 6, 10), FactAttributes.empty(), "错误",
                                                        List.of(), LocalDate.of(2026, 6, 1),
                                                        LocalDate.of(2026, 6, 15), 3), AT);
        }
        assertThat(projection.dueBefore(LocalDate.of(2026, 6, 16))).extracting(Deadline::id).containsExactly(
                "DATA_ERROR_DECISION:" + CODE + ":f1#1", "DATA_ERROR_DECISION:" + CODE + ":f2#1",
                "DATA_ERROR_DECISION:" + CODE + ":f3#1", "DATA_ERROR_DECISION:" + CODE + ":f4#1");
        assertThat(projection.dueBefore(LocalDate.of(2026, 6, 16)).get(0).applicationId()).isEqualTo("f1#1");

        harness.publish(CODE, new DataErrorCorrected("f1#1", CODE, "f1", 5, CorrectionOutcome.REVOKED,
                                                     LocalDate.of(2026, 6, 2), null, LocalDate.of(2026, 6, 2)), AT);
        harness.publish(CODE, new DataErrorReportRefused("f2#1", CODE, "f2", "有效", LocalDate.of(2026, 6, 2)), AT);
        harness.publish(CODE, new DataErrorReportWithdrawn("f3#1", CODE, "f3", LocalDate.of(2026, 6, 2)), AT);
        harness.publish(CODE, new DataErrorDecisionOverdue("f4#1", CODE, "f4", LocalDate.of(2026, 6, 15)), AT);

        assertThat(projection.dueBefore(LocalDate.of(2026, 6, 16))).isEmpty();
    }

    @Test
    void deadlinesDueWithinSomeWorkingDaysIncludeThoseAlreadyPast() {
        harness.publish(CYCLE, OPENED, AT);

        // 10 working days after Monday 9 March is Monday 23 March, the declaration deadline
        assertThat(harness.query(new FindDeadlinesDue(LocalDate.of(2026, 3, 9), 9), DeadlineList.class).deadlines())
                .isEmpty();
        assertThat(harness.query(new FindDeadlinesDue(LocalDate.of(2026, 3, 9), 10), DeadlineList.class).deadlines())
                .extracting(Deadline::kind).containsExactly(DeadlineKind.CYCLE_DECLARATION);
        assertThat(harness.query(new FindDeadlinesDue(LocalDate.of(2026, 4, 30), 0), DeadlineList.class).deadlines())
                .extracting(Deadline::kind)
                .containsExactly(DeadlineKind.CYCLE_DECLARATION, DeadlineKind.CYCLE_VERIFICATION);
    }

    @Test
    void aRefusalIsNotedAndReplayingRebuildsTheSameList() {
        var opened = harness.publish(CYCLE, OPENED, AT);
        var closed = harness.publish(CYCLE, new DeclarationPhaseClosed(CYCLE, List.of(CODE), LocalDate.of(2026, 3, 24)),
                                     AT);
        projection.recordRefusal("CYCLE_VERIFICATION:" + CYCLE, LocalDate.of(2026, 4, 22), "deadline.notPassed");
        assertThat(projection.dueBefore(LocalDate.of(2026, 4, 22)).get(0).lastRefusal())
                .isEqualTo("deadline.notPassed");

        harness.reset();
        harness.redeliver(opened);
        harness.redeliver(closed);
        harness.redeliver(closed);
        List<Document> rebuilt = mongo.database().getCollection(DeadlinesProjection.COLLECTION).find()
                                      .into(new ArrayList<>());

        assertThat(rebuilt).hasSize(2);
        assertThat(projection.dueBefore(LocalDate.of(2026, 4, 22))).extracting(Deadline::kind, Deadline::lastRefusal)
                .containsExactly(tuple(DeadlineKind.CYCLE_VERIFICATION, null));
    }

    @Test
    void aCrashBetweenAHandlersWritesConvergesOnRedelivery() {
        harness.publish(CYCLE, OPENED, AT);
        harness.publish(CYCLE, new DeclarationPhaseClosed(CYCLE, List.of(CODE), LocalDate.of(2026, 3, 24)), AT);
        harness.publish(CYCLE, new VerificationPhaseClosed(CYCLE, List.of(CODE), LocalDate.of(2026, 4, 21),
                                                           LocalDate.of(2026, 4, 22), LocalDate.of(2026, 5, 8)), AT);

        assertThat(new CrashBetweenWrites(mongo, database -> new DeadlinesProjection(
                database, ShippedArrangements::workingDays)).assertConverges(harness.published())).isPositive();
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        harness.publish(CYCLE, OPENED, AT);
        harness.publish(CYCLE, new DeclarationPhaseClosed(CYCLE, List.of(CODE), LocalDate.of(2026, 3, 24)), AT);
        harness.publish(CYCLE, new VerificationPhaseClosed(CYCLE, List.of(CODE), LocalDate.of(2026, 4, 21),
                                                           LocalDate.of(2026, 4, 22), LocalDate.of(2026, 5, 8)), AT);

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, database -> new DeadlinesProjection(
                database, ShippedArrangements::workingDays));
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }
}
