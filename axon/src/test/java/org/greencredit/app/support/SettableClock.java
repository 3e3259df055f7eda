package org.greencredit.app.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.greencredit.domain.common.BusinessDay;
import org.springframework.context.annotation.Bean;

/**
 * The application's clock, moved by a test from day to day (noon in Beijing on the day set). Added as an extra
 * source, it replaces the system clock bean, so the application's own date arithmetic runs on the test's days.
 */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(LocalDate day) {
        setDay(day);
    }

    public void setDay(LocalDate day) {
        now = day.atTime(12, 0).atZone(BusinessDay.DISTRICT_ZONE).toInstant();
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

    /**
     * Replaces the application's clock with {@link #SHARED}. Deliberately not a {@code @Configuration}: component
     * scanning in other tests must not find it; it takes effect only where it is passed as a source.
     */
    public static class Replacement {

        /** The clock of applications started with this replacement; tests set it before they start one. */
        public static final SettableClock SHARED = new SettableClock(LocalDate.of(2026, 1, 5));

        @Bean
        public Clock districtClock() {
            return SHARED;
        }
    }
}
