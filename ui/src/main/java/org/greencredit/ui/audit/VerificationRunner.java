package org.greencredit.ui.audit;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Runs the verification of every decision on a thread of its own, one run at a time for the whole application:
 * a run reads the entire event store, and two at once would only slow each other down.
 */
@Component
public class VerificationRunner {

    private final DecisionVerification verification;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "decision-verification");
        thread.setDaemon(true);
        return thread;
    });

    public VerificationRunner(DecisionVerification verification) {
        this.verification = verification;
    }

    /** Starts a run, or returns empty when one is already running. */
    public Optional<CompletableFuture<VerificationOutcome>> start(DecisionVerification.Progress progress) {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CompletableFuture.supplyAsync(() -> verification.verifyAll(progress), executor)
                                                .whenComplete((outcome, failure) -> running.set(false)));
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    public boolean isRunning() {
        return running.get();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
