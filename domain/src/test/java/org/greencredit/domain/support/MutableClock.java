package org.greencredit.domain.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.greencredit.domain.common.BusinessDay;

/** A clock a test moves from day to day; it reads noon in Beijing on the day it is set to. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(LocalDate day) {
        setDay(day);
    }

    public void setDay(LocalDate day) {
        now = day.atTime(12, 0).atZone(BusinessDay.DISTRICT_ZONE).toInstant();
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
