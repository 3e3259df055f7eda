package org.greencredit.projections.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.greencredit.domain.creditfile.RepairStatus;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.creditfile.api.RepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RepairRejected;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.indicator.RepairConditionKind;
import org.greencredit.domain.repair.RepairCondition;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.Subscription;
import org.greencredit.projections.CrashBetweenWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RepairApplicationsProjectionTest {

    private static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");
    private static final String CODE = "91110112MA00000010";

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private final List<GenericDomainEventMessage<Object>> delivered = new ArrayList<>();
    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new RepairApplicationsProjection(mongo.database(),
                                                                         SimpleQueryUpdateEmitter.builder().build()));
    }

    private void applications() {
        publish(new RepairApplied(CODE, "app-1", List.of("v1"), new Evidence("ZG-1", "整改报告"), "承诺",
                                  List.of(new RepairCondition(RepairConditionKind.WAITING_PERIOD, true, List.of()),
                                          new RepairCondition(RepairConditionKind.PENALTIES_FULFILLED, false, List.of("v1"))),
                                  LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15)));
        publish(new RepairRejected(CODE, "app-1", "罚款未缴纳", LocalDate.of(2026, 6, 3)));
        publish(new RepairApplied(CODE, "app-2", List.of("v1"), Evidence.of("ZG-2"), null, List.of(),
                                  LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15)));
        publish(new RepairDecisionOverdue(CODE, "app-2", LocalDate.of(2026, 7, 15)));
    }

    private void publish(Object event) {
        delivered.add(harness.publish(CODE, event, AT));
    }

    @Test
    void pendingApplicationsFormTheQueueAndEachKeepsItsConditionsAndOutcome() {
        applications();

        List<RepairApplicationSummary> pending = harness.query(new FindRepairApplicationsAwaitingDecision(),
                                                            RepairApplicationList.class).applications();
        assertThat(pending).extracting(RepairApplicationSummary::applicationId).containsExactly("app-2");
        assertThat(pending.get(0).overdue()).isTrue();
        assertThat(harness.query(new CountRepairApplicationsAwaitingDecision(), Long.class)).isEqualTo(1L);
        List<RepairApplicationSummary> all = harness.query(new FindRepairApplicationsOf(CODE),
                                                        RepairApplicationList.class).applications();
        assertThat(all).extracting(RepairApplicationSummary::applicationId).containsExactly("app-2", "app-1");
        RepairApplicationSummary rejected = all.get(1);
        assertThat(rejected.status()).isEqualTo(RepairStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("罚款未缴纳");
        assertThat(rejected.conditions()).containsExactly(
                new RepairApplicationSummary.Condition("WAITING_PERIOD", true, List.of()),
                new RepairApplicationSummary.Condition("PENALTIES_FULFILLED", false, List.of("v1")));
    }

    @Test
    void deliveringEveryEventAgainChangesNothing() {
        applications();
        List<Document> before = mongo.database().getCollection(RepairApplicationsProjection.COLLECTION).find()
                                     .into(new ArrayList<>());

        List.copyOf(delivered).forEach(harness::redeliver);

        assertThat(mongo.database().getCollection(RepairApplicationsProjection.COLLECTION).find()
                        .into(new ArrayList<>())).isEqualTo(before);
    }

    /** Each handler writes one document today; should one write two, a crash between them must still converge. */
    @Test
    void aCrashBetweenAHandlersWritesConvergesOnRedelivery() {
        applications();

        new CrashBetweenWrites(mongo, database -> new RepairApplicationsProjection(
                database, SimpleQueryUpdateEmitter.builder().build())).assertConverges(harness.published());
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        applications();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, database -> new RepairApplicationsProjection(
                database, SimpleQueryUpdateEmitter.builder().build()));
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }

    /** The queue is told of each application as its event left it, though the batch writes them only at its end. */
    @Test
    void inOneBatchSubscribersSeeEachApplicationAsItsEventLeftIt() {
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        ProjectionHarness batched = new ProjectionHarness(new RepairApplicationsProjection(mongo.database(), emitter));
        Subscription queue = new Subscription(emitter, new FindRepairApplicationsAwaitingDecision());

        batched.deliverInOneBatch(List.of(
                batched.next(CODE, new RepairApplied(CODE, "app-1", List.of("v1"), Evidence.of("ZG-1"), null,
                                                     List.of(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15)),
                             AT),
                batched.next(CODE, new RepairRejected(CODE, "app-1", "罚款未缴纳", LocalDate.of(2026, 6, 3)), AT),
                batched.next(CODE, new RepairDecisionOverdue(CODE, "app-1", LocalDate.of(2026, 6, 15)), AT)));

        assertThat(queue.updates()).map(update -> (RepairApplicationSummary) update)
                                   .extracting(RepairApplicationSummary::status, RepairApplicationSummary::overdue)
                                   .containsExactly(tuple(RepairStatus.PENDING, false),
                                                    tuple(RepairStatus.REJECTED, false),
                                                    tuple(RepairStatus.REJECTED, true));
    }
}
