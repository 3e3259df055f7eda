package org.greencredit.app.security.signin;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address, as a Bucket4j token bucket per address: each failure takes a token, the
 * bucket refills {@code addressFailures} tokens per {@code addressWindow}, and an address whose bucket is empty may
 * not try again until a token is back — whichever user names it tries. This stops one address from guessing across
 * many accounts, which the per-account lock alone would allow. Buckets live in this instance's memory: counting
 * here costs nothing per request, and behind a load balancer with N instances an address gets at most N times the
 * allowance, still far below what guessing needs (the per-account lock, which must hold across instances, is kept
 * in MongoDB by {@link AccountLockouts}).
 */
public class ClientAddressThrottle {

    /** Above this many remembered addresses, those whose allowance is whole again are forgotten. */
    private static final int FORGET_ABOVE = 10_000;

    private final SignInProperties settings;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ClientAddressThrottle(SignInProperties settings, Clock clock) {
        this.settings = settings;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** How long the address must wait before it may try again, if it is throttled now. */
    public Optional<Duration> throttled(String address) {
        Bucket bucket = buckets.get(address);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    /** Takes one token of the address's allowance. */
    public void recordFailure(String address) {
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= settings.addressFailures());
        }
        buckets.computeIfAbsent(address, this::newBucket).tryConsume(1);
    }

    private Bucket newBucket(String address) {
        return Bucket.builder()
                     .addLimit(limit -> limit.capacity(settings.addressFailures())
                                             .refillGreedy(settings.addressFailures(), settings.addressWindow()))
                     .withCustomTimePrecision(time)
                     .build();
    }
}
