package org.greencredit.domain.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" in the district (Asia/Shanghai), from the clock a handler was given — never from the system clock. */
public final class BusinessDay {

    public static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(DISTRICT_ZONE));
    }
}
