package org.greencredit.app.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.greencredit.app.messaging.SystemCommands;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.creditfile.api.RecordObjectionReviewOverdue;
import org.greencredit.domain.creditfile.api.RecordRepairDecisionOverdue;
import org.greencredit.domain.dataerror.api.RecordDataErrorDecisionOverdue;
import org.greencredit.domain.cycle.api.CloseDeclarationPhase;
import org.greencredit.domain.cycle.api.CloseDisclosurePhase;
import org.greencredit.domain.cycle.api.CloseVerificationPhase;
import org.greencredit.projections.deadline.Deadline;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Acts on deadlines that have passed: once at start (as soon as the deadline list has caught up with the event
 * store, so one that fell due while the application was down fires then) and every {@code interval} after.
 *
 * <p>Never twice: the command a deadline sends is refused by its aggregate once the step is done, whoever sent it
 * first — this node, another node, or an officer by hand — so sweeping again, on any number of nodes, changes
 * nothing. A refusal is noted on the deadline and not retried before the next day.
 */
public class DeadlineSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);
    private static final Duration CATCH_UP_WAIT = Duration.ofMinutes(2);

    private final DeadlinesProjection deadlines;
    private final SystemCommands commands;
    private final Clock clock;
    private final Duration interval;
    private final BooleanSupplier deadlinesCaughtUp;
    private ScheduledExecutorService scheduler;
    private volatile Instant lastSweptAt;

    public DeadlineSweeper(DeadlinesProjection deadlines, SystemCommands commands, Clock clock, Duration interval,
                           BooleanSupplier deadlinesCaughtUp) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
        this.interval = interval;
        this.deadlinesCaughtUp = deadlinesCaughtUp;
    }

    /** Sends the command of every deadline that has passed and is not met; returns how many were carried out. */
    public synchronized int sweep() {
        LocalDate today = BusinessDay.today(clock);
        int carriedOut = 0;
        for (Deadline deadline : deadlines.dueBefore(today)) {
            if (today.equals(deadline.lastRefusedOn())) {
                continue;
            }
            Optional<Refusal> refusal = commands.send(commandFor(deadline));
            if (refusal.isPresent()) {
                log.info("Deadline {} (last day {}) refused: {} {}", deadline.id(), deadline.lastDay(),
                         refusal.get().messageKey(), refusal.get().arguments());
                deadlines.recordRefusal(deadline.id(), today, refusal.get().messageKey());
            } else {
                log.info("Deadline {} (last day {}) acted on", deadline.id(), deadline.lastDay());
                carriedOut++;
            }
        }
        lastSweptAt = clock.instant();
        return carriedOut;
    }

    /** When the last sweep finished, if one has since the start. */
    public Optional<Instant> lastSweptAt() {
        return Optional.ofNullable(lastSweptAt);
    }

    private static Object commandFor(Deadline deadline) {
        return switch (deadline.kind()) {
            case CYCLE_DECLARATION -> new CloseDeclarationPhase(deadline.cycleId());
            case CYCLE_VERIFICATION -> new CloseVerificationPhase(deadline.cycleId());
            case CYCLE_DISCLOSURE -> new CloseDisclosurePhase(deadline.cycleId());
            case OBJECTION_REVIEW -> new RecordObjectionReviewOverdue(deadline.creditCode(), deadline.cycleId());
            case REPAIR_DECISION -> new RecordRepairDecisionOverdue(deadline.creditCode(), deadline.applicationId());
            case DATA_ERROR_DECISION -> new RecordDataErrorDecisionOverdue(deadline.creditCode(),
                                                                           deadline.applicationId());
        };
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "deadline-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.execute(this::awaitCatchUp);
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The first sweep waits for the deadline list, so a restart does not miss what fell due while it was down. */
    private void awaitCatchUp() {
        long giveUpAt = System.nanoTime() + CATCH_UP_WAIT.toNanos();
        while (!deadlinesCaughtUp.getAsBoolean() && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Sweeping deadlines failed; trying again in {}: {}", interval, e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** After Axon's processors have started, before them at shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
