package org.greencredit.projections.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.greencredit.domain.inspector.api.InspectorDeactivated;
import org.greencredit.domain.inspector.api.InspectorDetailsChanged;
import org.greencredit.domain.inspector.api.InspectorReactivated;
import org.greencredit.domain.inspector.api.InspectorRecusalDeclared;
import org.greencredit.domain.inspector.api.InspectorRecusalWithdrawn;
import org.greencredit.domain.inspector.api.InspectorRegistered;
import org.greencredit.projections.CrashBetweenWrites;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.Subscription;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The 执法人员名录 read model through the real driver: who is on duty, with whose recusals, and the whole list. */
class InspectorsProjectionTest {

    private static final Instant AT = Instant.parse("2026-05-12T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 12);
    private static final String CODE_A = "91110112MA00000010";
    private static final String CODE_B = "91110112MA00000029";
    private static final String CODE_C = "91110112MA0000003X";

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new InspectorsProjection(mongo.database(),
                                                                 SimpleQueryUpdateEmitter.builder().build()));
    }

    private void publish(String inspectorId, Object event) {
        harness.publish("Inspector", inspectorId, event, AT, MetaData.emptyInstance());
    }

    private void history() {
        publish("ins-b", new InspectorRegistered("ins-b", "王芳", "执法二队", "ZF-0002", null, DAY, "admin"));
        publish("ins-a", new InspectorRegistered("ins-a", "李明", "执法一队", "ZF-0001", "inspector-li", DAY, "admin"));
        publish("ins-a", new InspectorRecusalDeclared("ins-a", CODE_C, "曾在该企业任职", DAY, "admin"));
        publish("ins-a", new InspectorRecusalDeclared("ins-a", CODE_A, "配偶在该企业任职", DAY, "admin"));
        publish("ins-a", new InspectorRecusalDeclared("ins-a", CODE_B, "亲属持股", DAY, "admin"));
        publish("ins-a", new InspectorRecusalWithdrawn("ins-a", CODE_B, "亲属已转让股份", DAY.plusDays(1), "admin"));
        publish("ins-a", new InspectorDetailsChanged("ins-a", "李明", "执法三队", "ZF-0099", "inspector-li",
                                                     DAY.plusDays(2), "admin"));
        publish("ins-c", new InspectorRegistered("ins-c", "赵强", "执法一队", "ZF-0003", "inspector-zhao", DAY, "admin"));
        publish("ins-c", new InspectorDeactivated("ins-c", "退休", DAY.plusDays(3), "admin"));
        publish("ins-b", new InspectorDeactivated("ins-b", "借调", DAY.plusDays(3), "admin"));
        publish("ins-b", new InspectorReactivated("ins-b", "借调结束", DAY.plusDays(4), "admin"));
    }

    @Test
    void onDutyAreTheActiveInspectorsByIdWithTheirRecusalsSorted() {
        history();

        assertThat(harness.query(new FindInspectorsOnDuty(), InspectorsOnDuty.class).inspectors()).containsExactly(
                new InspectorOnDuty("ins-a", "李明", "执法三队", "ZF-0099", List.of(CODE_A, CODE_C)),
                new InspectorOnDuty("ins-b", "王芳", "执法二队", "ZF-0002", List.of()));
    }

    @Test
    void theDirectoryListsEveryoneWithStateAndReasons() {
        history();

        List<InspectorSummary> all = harness.query(new FindInspectors(), InspectorList.class).inspectors();
        assertThat(all).extracting(InspectorSummary::inspectorId).containsExactly("ins-a", "ins-b", "ins-c");
        assertThat(all.get(0).recusals()).containsExactly(new InspectorRecusal(CODE_A, "配偶在该企业任职", DAY),
                                                          new InspectorRecusal(CODE_C, "曾在该企业任职", DAY));
        assertThat(all.get(1)).extracting(InspectorSummary::active, InspectorSummary::statusReason,
                                          InspectorSummary::statusChangedOn)
                              .containsExactly(true, "借调结束", DAY.plusDays(4));
        assertThat(all.get(2)).extracting(InspectorSummary::active, InspectorSummary::statusReason, InspectorSummary::username)
                              .containsExactly(false, "退休", "inspector-zhao");
        assertThat(all.get(0).registeredOn()).isEqualTo(DAY);
    }

    @Test
    void anAccountFindsItsEntry() {
        history();

        assertThat(harness.query(new FindInspectorByUsername("inspector-li"), InspectorSummary.class).inspectorId())
                .isEqualTo("ins-a");
        assertThat(harness.query(new FindInspectorByUsername("inspector-zhao"), InspectorSummary.class).active())
                .isFalse();
        assertThat(harness.query(new FindInspectorByUsername("nobody"), InspectorSummary.class)).isNull();
    }

    @Test
    void deliveringEventsAgainChangesNothingEvenAfterLaterOnes() {
        history();
        InspectorList before = harness.query(new FindInspectors(), InspectorList.class);

        harness.published().forEach(harness::redeliver);

        assertThat(harness.query(new FindInspectors(), InspectorList.class)).isEqualTo(before);
        harness.reset();
        assertThat(harness.query(new FindInspectors(), InspectorList.class).inspectors()).isEmpty();
    }

    @Test
    void aCrashBetweenWritesConverges() {
        history();
        new CrashBetweenWrites(mongo, database -> new InspectorsProjection(
                database, SimpleQueryUpdateEmitter.builder().build())).assertConverges(harness.published());
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        history();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, database -> new InspectorsProjection(
                database, SimpleQueryUpdateEmitter.builder().build()));
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }

    /** The list is told of each inspector as its event left it, though the batch writes them only at its end. */
    @Test
    void inOneBatchSubscribersSeeEachInspectorAsItsEventLeftIt() {
        SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        ProjectionHarness batched = new ProjectionHarness(new InspectorsProjection(mongo.database(), emitter));
        Subscription list = new Subscription(emitter, new FindInspectors());

        batched.deliverInOneBatch(List.of(
                batched.next("Inspector", "ins-a", new InspectorRegistered("ins-a", "李明", "执法一队", "ZF-0001",
                                                                            "inspector-li", DAY, "admin"),
                             AT, MetaData.emptyInstance()),
                batched.next("Inspector", "ins-a", new InspectorRecusalDeclared("ins-a", CODE_A, "配偶在该企业任职",
                                                                                 DAY, "admin"),
                             AT, MetaData.emptyInstance()),
                batched.next("Inspector", "ins-a", new InspectorDeactivated("ins-a", "退休", DAY.plusDays(1), "admin"),
                             AT, MetaData.emptyInstance())));

        assertThat(list.updates()).map(update -> (InspectorSummary) update)
                                  .extracting(inspector -> inspector.recusals().size(), InspectorSummary::active)
                                  .containsExactly(tuple(0, true), tuple(1, true), tuple(1, false));
    }
}
