package org.greencredit.projections.cycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far one phase change of a cycle has been carried through its batch: {@code done} of {@code total}
 * enterprises, since {@code startedAt} (null until the first batch), last advanced at {@code updatedAt}, finished at
 * {@code finishedAt} (null while running).
 */
public record FanOutProgress(String jobId, String cycleId, FanOutStep step, int total, int done, Instant createdAt,
                             Instant startedAt, Instant updatedAt, Instant finishedAt) {

    public boolean finished() {
        return finishedAt != null;
    }

    /** Enterprises per second so far; empty before the first batch has been counted. */
    public Optional<Double> ratePerSecond() {
        if (startedAt == null || updatedAt == null || done == 0) {
            return Optional.empty();
        }
        Instant until = finishedAt == null ? updatedAt : finishedAt;
        long millis = Math.max(1, Duration.between(startedAt, until).toMillis());
        return Optional.of(done * 1000.0 / millis);
    }

    /** When the rest will be done at the rate so far, counted from the last advance; empty when finished or unknown. */
    public Optional<Instant> estimatedEnd() {
        if (finished()) {
            return Optional.empty();
        }
        return ratePerSecond().map(rate -> updatedAt.plusMillis(Math.round((total - done) * 1000 / rate)));
    }
}
