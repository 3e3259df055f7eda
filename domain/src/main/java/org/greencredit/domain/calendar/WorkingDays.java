package org.greencredit.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.greencredit.domain.common.RuleViolation;

/**
 * 工作日: which days are working days, from the year arrangements entered so far. A date in a year nobody has
 * entered is refused, never guessed — the State Council publishes each year's arrangement and an administrator
 * enters it.
 */
public final class WorkingDays {

    private final Map<Integer, YearArrangement> years;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workingWeekends = new HashSet<>();

    public WorkingDays(Map<Integer, YearArrangement> years) {
        this.years = new TreeMap<>(years);
        for (YearArrangement arrangement : years.values()) {
            for (Holiday holiday : arrangement.holidays()) {
                for (LocalDate day = holiday.from(); !day.isAfter(holiday.to()); day = day.plusDays(1)) {
                    holidays.add(day);
                }
            }
            workingWeekends.addAll(arrangement.workingWeekends());
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!years.containsKey(day.getYear())) {
            throw new RuleViolation("calendar.yearUnknown", day.getYear());
        }
        if (holidays.contains(day)) {
            return false;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend || workingWeekends.contains(day);
    }

    /** The {@code n}-th working day after {@code day} (the day itself not counted); {@code n} ≥ 1. */
    public LocalDate after(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** The first working day on or after {@code day}. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate current = day;
        while (!isWorkingDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }

    /**
     * The last day of a span of {@code n} working days that starts on the first working day on or after
     * {@code start}: a 10-working-day disclosure starting on a Monday ends on the second Friday, holidays aside.
     */
    public LocalDate lastOfSpan(LocalDate start, int n) {
        LocalDate first = onOrAfter(start);
        return n == 1 ? first : after(first, n - 1);
    }

    public Set<Integer> knownYears() {
        return years.keySet();
    }
}
