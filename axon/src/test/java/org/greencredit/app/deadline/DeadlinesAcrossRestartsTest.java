package org.greencredit.app.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.cycle.CycleFanOut;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.creditfile.api.DeclarationClosed;
import org.greencredit.domain.creditfile.api.DisclosureClosed;
import org.greencredit.domain.creditfile.api.FileObjection;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.ObjectionReviewOverdue;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.DisclosurePhaseClosed;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deadlines are durable: each one that fell due while the application was down fires when it starts again, and
 * none fires twice however often it restarts. The scheduled sweep is set to an hour, so only the sweep at start
 * acts.
 */
class DeadlinesAcrossRestartsTest {

    private static final String CYCLE = "2026-RESTART";
    private static final List<Integer> NUMBERS = List.of(41, 42, 43);
    private static final List<String> BATCH = NUMBERS.stream().map(TestCreditCodes::code).toList();
    private LocalDate today;

    @TempDir
    Path dataDir;

    @Test
    void deadlinesThatFellDueWhileDownFireOnceOnStart() {
        today = LocalDate.of(2026, 3, 2);
        try (RunningApplication app = start()) {
            app.bean(ShippedReferenceData.class).publishIfAbsent();
            NUMBERS.forEach(n -> app.send(TestEnterprises.registration(n, "重启测试企业" + n)));
            app.send(new OpenCycle(CYCLE, 2026, "重启测试", BATCH, DefaultIndicatorSystem.SYSTEM,
                                   DefaultIndicatorSystem.VERSION));
            app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
        }

        today = LocalDate.of(2026, 3, 25);
        restartAndSettle();
        restartAndSettle();
        try (RunningApplication app = restartAndAwaitSweep()) {
            assertThat(count(app, CYCLE, DeclarationPhaseClosed.class)).isEqualTo(1);
            BATCH.forEach(code -> assertThat(count(app, code, DeclarationClosed.class)).as(code).isEqualTo(1));
        }

        today = LocalDate.of(2026, 4, 27);
        try (RunningApplication app = restartAndAwaitSweep()) {
            assertThat(count(app, CYCLE, VerificationPhaseClosed.class)).isEqualTo(1);
            BATCH.forEach(code -> assertThat(count(app, code, GradeDecided.class)).as(code).isEqualTo(1));
            app.send(new FileObjection(BATCH.get(0), CYCLE, "认定有误", Evidence.of("JC-2026-3")),
                     Actor.enterprise("contact", BATCH.get(0)));
        }

        // verification closed late, on 27 April, so disclosure ran to 12 May; the review was due by 13 May: both
        // fell due while the application was down
        today = LocalDate.of(2026, 5, 14);
        restartAndSettle();
        restartAndSettle();
        try (RunningApplication app = restartAndAwaitSweep()) {
            assertThat(count(app, CYCLE, DisclosurePhaseClosed.class)).isEqualTo(1);
            BATCH.forEach(code -> assertThat(count(app, code, DisclosureClosed.class)).as(code).isEqualTo(1));
            assertThat(count(app, BATCH.get(0), ObjectionReviewOverdue.class)).isEqualTo(1);
            assertThat(count(app, CYCLE, DeclarationPhaseClosed.class)).isEqualTo(1);
            assertThat(count(app, CYCLE, VerificationPhaseClosed.class)).isEqualTo(1);
            assertThat(app.bean(DeadlineSweeper.class).sweep()).isZero();
        }
    }

    /** Starts, lets the sweep at start and the fan-out it causes finish, and stops. */
    private void restartAndSettle() {
        restartAndAwaitSweep().close();
    }

    private RunningApplication restartAndAwaitSweep() {
        RunningApplication app = start();
        RunningApplication.await(() -> app.bean(DeadlineSweeper.class).lastSweptAt().isPresent(),
                                 Duration.ofSeconds(60), "the sweep at start");
        app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
        return app;
    }

    private RunningApplication start() {
        return RunningApplication.startSimulated(dataDir, today, "greencredit.reference-data.publish-shipped=false",
                                                 "greencredit.deadlines.sweep-interval=PT1H");
    }

    private static long count(RunningApplication app, String aggregateId, Class<?> type) {
        return app.bean(EventStore.class).readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                  .filter(type::isInstance).count();
    }
}
