package org.greencredit.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greencredit.domain.common.RuleViolation;

/**
 * One year's official arrangement (国务院办公厅节假日安排通知): its holidays and the weekends that are working days
 * (调休上班). Weekends not listed are days off; weekdays not in a holiday are working days.
 */
public record YearArrangement(int year, String notice, List<Holiday> holidays, List<LocalDate> workingWeekends) {

    public YearArrangement {
        holidays = List.copyOf(holidays);
        workingWeekends = List.copyOf(workingWeekends);
    }

    /** Refuses an arrangement whose dates fall outside its year, overlap, or make a weekday a working weekend. */
    public void validate() {
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("calendar.year.invalid", year);
        }
        if (notice == null || notice.isBlank()) {
            throw new RuleViolation("text.required", "field.notice");
        }
        List<Holiday> seen = new ArrayList<>();
        for (Holiday holiday : holidays) {
            if (holiday.name() == null || holiday.name().isBlank() || holiday.from() == null || holiday.to() == null
                    || holiday.to().isBefore(holiday.from())) {
                throw new RuleViolation("calendar.holiday.invalid", String.valueOf(holiday.name()));
            }
            if (holiday.from().getYear() != year && holiday.to().getYear() != year) {
                throw new RuleViolation("calendar.date.otherYear", holiday.from(), year);
            }
            for (Holiday other : seen) {
                if (!holiday.from().isAfter(other.to()) && !other.from().isAfter(holiday.to())) {
                    throw new RuleViolation("calendar.holiday.overlap", holiday.name(), other.name());
                }
            }
            seen.add(holiday);
        }
        for (LocalDate day : workingWeekends) {
            if (day.getYear() != year) {
                throw new RuleViolation("calendar.date.otherYear", day, year);
            }
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new RuleViolation("calendar.workingWeekend.notAWeekend", day);
            }
            if (holidays.stream().anyMatch(h -> !day.isBefore(h.from()) && !day.isAfter(h.to()))) {
                throw new RuleViolation("calendar.workingWeekend.inHoliday", day);
            }
        }
    }
}
