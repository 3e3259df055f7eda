package org.greencredit.app.partner;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.domain.common.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 调用频率限制: a Bucket4j token bucket per partner client, of the client's own requests per minute or the
 * configured default ({@code greencredit.partner.requests-per-minute}), refilled greedily over a minute on our
 * {@link Clock}. A request beyond it is answered 429 with {@code Retry-After} (whole seconds, rounded up) and a
 * problem {@code partner.rateLimited}. Buckets live in this instance's memory, like the sign-in throttle: nothing is
 * read or written per request, and behind N instances a client gets at most N times its rate.
 */
public class PartnerRateLimit extends OncePerRequestFilter {

    private final int defaultPerMinute;
    private final ApiProblems problems;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public PartnerRateLimit(int defaultPerMinute, Clock clock, ApiProblems problems) {
        this.defaultPerMinute = defaultPerMinute;
        this.problems = problems;
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

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PartnerCaller caller)) {
            chain.doFilter(request, response);
            return;
        }
        int rate = caller.requestsPerMinute() == null ? defaultPerMinute : caller.requestsPerMinute();
        Bucket bucket = buckets.computeIfAbsent(caller.clientId() + "@" + rate, key -> newBucket(rate));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1_000_000_000.0));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(HttpStatus.TOO_MANY_REQUESTS,
                       new Refusal("partner.rateLimited", List.of(String.valueOf(rate), String.valueOf(seconds))),
                       request, response);
    }

    private Bucket newBucket(int perMinute) {
        return Bucket.builder().addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute,
                                                                                          Duration.ofMinutes(1)))
                     .withCustomTimePrecision(time).build();
    }
}
