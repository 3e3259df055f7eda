package org.greencredit.app.cycle;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.greencredit.app.messaging.PendingWork;
import org.greencredit.app.messaging.SystemCommands;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.cycle.api.ExcludeFromCycle;
import org.greencredit.projections.cycle.FanOutProgress;
import org.greencredit.projections.cycle.FanOutProgressStore;
import org.greencredit.projections.cycle.FanOutStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Carries each recorded fan-out through its batch, {@code batchSize} credit files per unit of work: the commands of
 * one batch commit together (one transaction, one synced write), then the cursor moves past them. A crash loses at
 * most the batch in hand, whose commands are then sent again; a credit file already past the step refuses, which
 * counts as done, so every enterprise takes each step exactly once.
 *
 * <p>When a credit file of the batch refuses, the batch is given up and sent again one command per unit of work:
 * the refusal is then that file's answer alone (an enterprise that cannot take part is excluded from the cycle with
 * the reason; an evaluation already past the step counts as done). Any other failure (the store unreachable) leaves
 * the cursor where it was; the batch is tried again after {@code retryDelay}.
 *
 * <p>One thread per node; fan-outs run one after another in the order their events were stored.
 */
public class FanOutWorker implements SmartLifecycle, PendingWork {

    private static final Logger log = LoggerFactory.getLogger(FanOutWorker.class);

    /** Refusals that mean the enterprise's evaluation is already past the step. */
    static final Set<String> ALREADY_DONE = Set.of("evaluation.alreadyOpen", "evaluation.state.wrong",
                                                   "disclosure.alreadyClosed", "publication.alreadyAnnounced");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final FanOutJobs jobs;
    private final FanOutProgressStore progress;
    private final SystemCommands commands;
    private final TransactionManager transactionManager;
    private final Clock clock;
    private final int batchSize;
    private final Duration retryDelay;
    private final String worker = "fan-out-" + UUID.randomUUID();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread thread;

    FanOutWorker(FanOutJobs jobs, FanOutProgressStore progress, SystemCommands commands,
                 TransactionManager transactionManager, Clock clock, int batchSize, Duration retryDelay) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("greencredit.fan-out.batch-size must be at least 1");
        }
        this.jobs = jobs;
        this.progress = progress;
        this.commands = commands;
        this.transactionManager = transactionManager;
        this.clock = clock;
        this.batchSize = batchSize;
        this.retryDelay = retryDelay;
    }

    /** Records a fan-out (once, whatever how often its event is handed) and wakes the worker. */
    void enqueue(String jobId, long sequence, Object phaseEvent) {
        FanOutPhase phase = FanOutPhase.of(phaseEvent);
        jobs.save(jobId, phaseEvent);
        progress.createIfAbsent(jobId, sequence, phase.cycleId(), phase.step(), phase.creditCodes().size(),
                                clock.instant());
        wake();
    }

    @Override
    public String processingGroup() {
        return CycleFanOut.PROCESSING_GROUP;
    }

    @Override
    public boolean idle() {
        return !progress.anyUnfinished();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::work, "cycle-fan-out-worker");
        thread.start();
    }

    /** Stops between two batches and gives up its claim, so a restart continues at once from the cursor. */
    @Override
    public void stop() {
        running = false;
        wake();
        try {
            thread.join(Duration.ofMinutes(1).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after, and stops before, the command bus and the event processors it relies on. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    private void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void work() {
        while (running) {
            try {
                Optional<FanOutProgress> claimed = progress.claimOldest(worker, clock.instant(), LEASE);
                if (claimed.isPresent()) {
                    carry(claimed.get());
                } else {
                    pause(Duration.ofSeconds(2));
                }
            } catch (RuntimeException failure) {
                log.warn("Fan-out: a batch failed and will be tried again in {}: {}", retryDelay, failure.toString());
                pause(retryDelay);
            }
        }
    }

    private void carry(FanOutProgress job) {
        Optional<Object> event = jobs.find(job.jobId());
        if (event.isEmpty()) {
            throw new IllegalStateException("fan-out " + job.jobId() + " has no recorded event");
        }
        FanOutPhase phase = FanOutPhase.of(event.get());
        List<String> codes = phase.creditCodes();
        int done = job.done();
        while (done < codes.size()) {
            if (!running) {
                progress.release(job.jobId(), worker);
                return;
            }
            List<String> batch = codes.subList(done, Math.min(codes.size(), done + batchSize));
            carryBatch(phase, batch);
            done += batch.size();
            if (!progress.advance(job.jobId(), worker, done, clock.instant(), LEASE)) {
                log.warn("Fan-out {}: another node took it over at {} of {}", job.jobId(), done, codes.size());
                return;
            }
        }
        progress.finish(job.jobId(), worker, clock.instant());
        jobs.delete(job.jobId());
        log.info("Cycle {}: {} carried to {} enterprises", phase.cycleId(), phase.step(), codes.size());
    }

    private void carryBatch(FanOutPhase phase, List<String> batch) {
        if (!inOneUnitOfWork(phase, batch)) {
            batch.forEach(code -> one(phase, code));
        }
    }

    /** Sends the whole batch in one unit of work; false (nothing committed) as soon as a credit file refuses. */
    private boolean inOneUnitOfWork(FanOutPhase phase, List<String> batch) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(
                new GenericMessage<>(new FanOutBatch(phase.cycleId(), phase.step(), batch.size()),
                                     SystemCommands.SYSTEM_ACTOR.asMetaData()));
        try {
            unitOfWork.attachTransaction(transactionManager);
            for (String code : batch) {
                if (commands.send(phase.command().apply(code)).isPresent()) {
                    unitOfWork.rollback();
                    return false;
                }
            }
        } catch (RuntimeException failure) {
            if (unitOfWork.phase() == UnitOfWork.Phase.STARTED) {
                unitOfWork.rollback(failure);
            }
            throw failure;
        }
        unitOfWork.commit();
        return true;
    }

    private void one(FanOutPhase phase, String code) {
        Object command = phase.command().apply(code);
        Optional<Refusal> refusal = commands.send(command).filter(r -> !ALREADY_DONE.contains(r.messageKey()));
        if (refusal.isEmpty()) {
            return;
        }
        if (phase.step() == FanOutStep.OPEN_EVALUATIONS) {
            commands.require(new ExcludeFromCycle(phase.cycleId(), code, refusal.get().messageKey()));
        } else {
            log.warn("Cycle {}: the file of {} refused {}: {} {}", phase.cycleId(), code,
                     command.getClass().getSimpleName(), refusal.get().messageKey(), refusal.get().arguments());
        }
    }

    /** Waits until woken or the duration passed; a wake-up that came while working is not lost. */
    private void pause(Duration duration) {
        synchronized (signal) {
            try {
                if (!woken) {
                    signal.wait(duration.toMillis());
                }
                woken = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** The message a batch's unit of work is about: the commands it sends are correlated with it. */
    record FanOutBatch(String cycleId, FanOutStep step, int size) {
    }
}
