package org.greencredit.app.retry;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential back-off with a bounded number of attempts: after the n-th failed attempt the next one waits
 * {@code first × 2^(n−1)}, at most {@code longest}; after {@code attempts} failures there is none.
 */
public record Backoff(Duration first, Duration longest, int attempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("back-off needs 0 < first <= longest and at least one attempt");
        }
    }

    /** When to try again after {@code failedAttempts} failures, the last at {@code now}; empty: give up. */
    public Optional<Instant> next(int failedAttempts, Instant now) {
        if (failedAttempts >= attempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(longest) > 0 ? longest : wait));
    }
}
