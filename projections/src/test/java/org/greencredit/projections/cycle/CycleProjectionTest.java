package org.greencredit.projections.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.greencredit.domain.cycle.CyclePhase;
import org.greencredit.domain.cycle.CycleSchedule;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.EnterpriseExcludedFromCycle;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.CrashBetweenWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CycleProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final String CYCLE = "2026-TRIAL-1";

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private final List<GenericDomainEventMessage<Object>> delivered = new ArrayList<>();
    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new CycleProjection(mongo.database()));
    }

    private void publish(String cycleId, Object event) {
        delivered.add(harness.publish("EvaluationCycle", cycleId, event, AT, MetaData.emptyInstance()));
    }

    private void cycles() {
        publish("2025-TRIAL", new CycleOpened("2025-TRIAL", 2025, "2025年度", List.of("A"), LocalDate.of(2024, 1, 1),
                                              LocalDate.of(2024, 12, 31), "TZ-GREEN-CREDIT", "2026.1", "h",
                                              new CycleSchedule(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 24),
                                                                LocalDate.of(2025, 4, 22), LocalDate.of(2025, 4, 23),
                                                                LocalDate.of(2025, 5, 13))));
        publish(CYCLE, new CycleOpened(CYCLE, 2026, "2026年度第一批试点", List.of("A", "B", "C"),
                                       LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "TZ-GREEN-CREDIT",
                                       "2026.1", "h", new CycleSchedule(
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 21),
                LocalDate.of(2026, 4, 22), LocalDate.of(2026, 5, 8))));
        publish(CYCLE, new EnterpriseExcludedFromCycle(CYCLE, "C", "creditFile.notFound"));
        publish(CYCLE, new DeclarationPhaseClosed(CYCLE, List.of("A", "B"), LocalDate.of(2026, 3, 24)));
        publish(CYCLE, new VerificationPhaseClosed(CYCLE, List.of("A", "B"), LocalDate.of(2026, 4, 21),
                                                   LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 12)));
    }

    @Test
    void aCycleShowsItsPhaseDatesAndExclusions() {
        cycles();

        CycleSummary cycle = harness.query(new FindCycle(CYCLE), CycleSummary.class);
        assertThat(cycle.phase()).isEqualTo(CyclePhase.DISCLOSURE);
        assertThat(cycle.batchSize()).isEqualTo(3);
        assertThat(cycle.disclosureStart()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(cycle.disclosureEnd()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(cycle.excluded()).containsExactly(new CycleSummary.Exclusion("C", "creditFile.notFound"));
        assertThat(harness.query(new FindCycles(), CycleList.class).cycles()).extracting(CycleSummary::cycleId)
                                                                            .containsExactly(CYCLE, "2025-TRIAL");
        assertThat(harness.query(new FindCycle("nope"), CycleSummary.class)).isNull();
    }

    @Test
    void deliveringEveryEventAgainChangesNothing() {
        cycles();
        List<Document> before = mongo.database().getCollection(CycleProjection.COLLECTION).find()
                                     .into(new ArrayList<>());

        List.copyOf(delivered).forEach(harness::redeliver);

        assertThat(mongo.database().getCollection(CycleProjection.COLLECTION).find().into(new ArrayList<>()))
                .isEqualTo(before);
    }

    /** Each handler writes one document today; should one write two, a crash between them must still converge. */
    @Test
    void aCrashBetweenAHandlersWritesConvergesOnRedelivery() {
        cycles();

        new CrashBetweenWrites(mongo, CycleProjection::new).assertConverges(harness.published());
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        cycles();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, CycleProjection::new);
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }
}
