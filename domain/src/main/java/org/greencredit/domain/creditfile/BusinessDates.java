package org.greencredit.domain.creditfile;

import java.time.Clock;
import java.time.LocalDate;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;

/**
 * Checks a business date against what is possible: not after today (in Asia/Shanghai, from the injected clock),
 * not before the enterprise was established, and never before the founding of the People's Republic — a date
 * before that is a typing error.
 */
public final class BusinessDates {

    private static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    private BusinessDates() {
    }

    static void require(String what, LocalDate date) {
        if (date == null) {
            throw new RuleViolation("date.required", what);
        }
    }

    public static void notInFuture(String what, LocalDate date, Clock clock) {
        require(what, date);
        LocalDate today = BusinessDay.today(clock);
        if (date.isAfter(today)) {
            throw new RuleViolation("date.inFuture", what, date, today);
        }
        if (date.isBefore(EARLIEST)) {
            throw new RuleViolation("date.tooEarly", what, date);
        }
    }

    static void notBefore(String what, LocalDate date, String boundary, LocalDate boundaryDate) {
        if (boundaryDate != null && date.isBefore(boundaryDate)) {
            throw new RuleViolation("date.beforeBoundary", what, date, boundary, boundaryDate);
        }
    }
}
