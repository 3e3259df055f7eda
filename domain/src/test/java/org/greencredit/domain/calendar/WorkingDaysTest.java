package org.greencredit.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.greencredit.domain.common.RuleViolation;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final WorkingDays DAYS = ShippedArrangements.workingDays();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void knowsHolidaysAndMakeUpWorkingDays() {
        assertThat(DAYS.isWorkingDay(d("2026-09-25"))).as("中秋节, a Friday").isFalse();
        assertThat(DAYS.isWorkingDay(d("2026-09-20"))).as("调休, a Sunday").isTrue();
        assertThat(DAYS.isWorkingDay(d("2026-10-07"))).as("国庆节").isFalse();
        assertThat(DAYS.isWorkingDay(d("2026-10-10"))).as("调休, a Saturday").isTrue();
        assertThat(DAYS.isWorkingDay(d("2026-10-11"))).as("an ordinary Sunday").isFalse();
        assertThat(DAYS.isWorkingDay(d("2025-01-26"))).as("调休 2025, a Sunday").isTrue();
        assertThat(DAYS.isWorkingDay(d("2025-05-05"))).as("劳动节 2025").isFalse();
        assertThat(DAYS.isWorkingDay(d("2026-03-02"))).as("an ordinary Monday").isTrue();
    }

    @Test
    void countsWorkingDaysAcrossHolidays() {
        assertThat(DAYS.after(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
        assertThat(DAYS.after(d("2026-02-13"), 1)).as("the working Saturday before 春节").isEqualTo(d("2026-02-14"));
        assertThat(DAYS.after(d("2026-02-14"), 1)).as("straight over 春节").isEqualTo(d("2026-02-24"));
        assertThat(DAYS.after(d("2026-03-02"), 15)).isEqualTo(d("2026-03-23"));
    }

    @Test
    void aSpanStartsOnTheFirstWorkingDayAndCountsIt() {
        assertThat(DAYS.lastOfSpan(d("2026-03-02"), 10)).isEqualTo(d("2026-03-13"));
        // 9-28, 9-29, 9-30, (10-1 to 10-7 off) 10-8, 10-9, 10-10 (a working Saturday), 10-12, 10-13, 10-14, 10-15
        assertThat(DAYS.lastOfSpan(d("2026-09-26"), 10)).as("starts in 中秋, crosses 国庆")
                                                       .isEqualTo(d("2026-10-15"));
        assertThat(DAYS.lastOfSpan(d("2026-03-07"), 1)).as("a Saturday start moves to Monday").isEqualTo(d("2026-03-09"));
    }

    @Test
    void refusesAYearNobodyEntered() {
        assertThatThrownBy(() -> DAYS.after(d("2026-12-25"), 10))
                .isInstanceOf(RuleViolation.class).hasMessage("calendar.yearUnknown [2027]");
    }
}
