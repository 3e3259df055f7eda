package org.greencredit.domain.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A district clock that stands on a chosen day (noon in Beijing) until moved: the generator walks a synthetic
 * district through the years with it, and tests — of the aggregates and of the application — walk the procedure
 * through its deadlines. Never the clock of a real district.
 */
public final class SimulatedClock extends Clock {

    private volatile Instant now;

    public SimulatedClock(LocalDate day) {
        moveTo(day);
    }

    /** Sets the clock to noon of {@code day}; it may go back, which only tests do. */
    public void moveTo(LocalDate day) {
        now = day.atTime(12, 0).atZone(BusinessDay.DISTRICT_ZONE).toInstant();
    }

    /** Moves the clock on by {@code duration}, for work that counts minutes and hours (retries, backoff). */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public LocalDate today() {
        return BusinessDay.today(this);
    }

    @Override
    public ZoneId getZone() {
        return BusinessDay.DISTRICT_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
