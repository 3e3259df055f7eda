package org.greencredit.app.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.EnterpriseExcludedFromCycle;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.projections.cycle.FanOutProgress;
import org.greencredit.projections.cycle.FanOutProgressStore;
import org.greencredit.projections.cycle.FanOutStep;
import org.greencredit.projections.cycle.FindFanOutProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cycle's fan-out stopped midway (the application shut down between two batches) continues from its cursor after
 * the restart, and every enterprise takes the step exactly once; a fan-out whose cursor was lost altogether — as if
 * the node died after its batches had committed — is carried out again without a single duplicate event.
 */
class FanOutResumeTest {

    private static final String CYCLE = "2026-RESUME";
    private static final int ENTERPRISES = 240;
    private static final List<String> BATCH = IntStream.rangeClosed(1, ENTERPRISES).mapToObj(TestCreditCodes::code)
                                                       .toList();

    @TempDir
    Path dataDir;

    @Test
    void aFanOutStoppedMidwayContinuesAfterARestartAndOpensEveryEvaluationOnce() {
        FanOutProgress atStop;
        try (RunningApplication app = start()) {
            app.bean(ShippedReferenceData.class).publishIfAbsent();
            IntStream.rangeClosed(1, ENTERPRISES).forEach(n -> app.send(TestEnterprises.registration(n, "续做企业" + n)));
            app.send(new OpenCycle(CYCLE, 2026, "中断续做", BATCH, DefaultIndicatorSystem.SYSTEM,
                                   DefaultIndicatorSystem.VERSION));
            RunningApplication.await(() -> progress(app).done() >= 6, Duration.ofMinutes(2), "the first batches");
        }
        try (RunningApplication app = start()) {
            atStop = progress(app);
            assertThat(atStop.done()).as("stopped midway").isBetween(6, ENTERPRISES - 1);
            assertThat(atStop.finished()).isFalse();

            app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP, Duration.ofMinutes(3));

            FanOutProgress after = progress(app);
            assertThat(after.finished()).isTrue();
            assertThat(after.done()).isEqualTo(ENTERPRISES);
            assertThat(after.step()).isEqualTo(FanOutStep.OPEN_EVALUATIONS);
            BATCH.forEach(code -> assertThat(count(app, code, EvaluationOpened.class)).as(code).isEqualTo(1));
            assertThat(count(app, CYCLE, EnterpriseExcludedFromCycle.class)).isZero();

            CycleOpened opened = app.bean(EventStore.class).readEvents(CYCLE).asStream()
                                    .map(DomainEventMessage::getPayload).filter(CycleOpened.class::isInstance)
                                    .map(CycleOpened.class::cast).findFirst().orElseThrow();
            app.bean(FanOutWorker.class).enqueue("cursor-lost", Long.MAX_VALUE, opened);
            app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP, Duration.ofMinutes(3));

            assertThat(app.bean(FanOutProgressStore.class).handle(new FindFanOutProgress(CYCLE)).items())
                    .hasSize(2).allSatisfy(job -> {
                        assertThat(job.finished()).isTrue();
                        assertThat(job.done()).isEqualTo(ENTERPRISES);
                    });
            BATCH.forEach(code -> assertThat(count(app, code, EvaluationOpened.class)).as(code).isEqualTo(1));
            assertThat(count(app, CYCLE, EnterpriseExcludedFromCycle.class)).isZero();
        }
    }

    private RunningApplication start() {
        return RunningApplication.startSimulated(dataDir, LocalDate.of(2026, 3, 2),
                                                 "greencredit.reference-data.publish-shipped=false",
                                                 "greencredit.deadlines.sweep-interval=PT1H",
                                                 "greencredit.fan-out.batch-size=3");
    }

    private static FanOutProgress progress(RunningApplication app) {
        List<FanOutProgress> items = app.bean(FanOutProgressStore.class).handle(new FindFanOutProgress(CYCLE)).items();
        return items.isEmpty() ? new FanOutProgress("", CYCLE, FanOutStep.OPEN_EVALUATIONS, ENTERPRISES, 0, null, null,
                                                    null, null)
                               : items.get(items.size() - 1);
    }

    private static long count(RunningApplication app, String aggregateId, Class<?> type) {
        return app.bean(EventStore.class).readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                  .filter(type::isInstance).count();
    }
}
