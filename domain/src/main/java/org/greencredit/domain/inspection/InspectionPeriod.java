package org.greencredit.domain.inspection;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greencredit.domain.common.RuleViolation;

/**
 * 抽查周期: one calendar quarter, written {@code 2026-Q4}. Inspection plans are drawn per quarter because the
 * indicator system's sampling ratios are per quarter ({@code samplingRatioPerQuarter}).
 */
public record InspectionPeriod(int year, int quarter) implements Comparable<InspectionPeriod> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

    public InspectionPeriod {
        if (year < 2000 || year > 2999 || quarter < 1 || quarter > 4) {
            throw new RuleViolation("inspection.period.invalid", year + "-Q" + quarter);
        }
    }

    /** Reads {@code 2026-Q4}; anything else is refused as {@code inspection.period.invalid}. */
    public static InspectionPeriod parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new RuleViolation("inspection.period.invalid", String.valueOf(text));
        }
        return new InspectionPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static InspectionPeriod of(LocalDate day) {
        return new InspectionPeriod(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public InspectionPeriod previous() {
        return quarter == 1 ? new InspectionPeriod(year - 1, 4) : new InspectionPeriod(year, quarter - 1);
    }

    /** The earlier quarters of the same year, oldest first. */
    public java.util.List<InspectionPeriod> earlierInYear() {
        return java.util.stream.IntStream.range(1, quarter).mapToObj(q -> new InspectionPeriod(year, q)).toList();
    }

    /** Quarters of the year from this one to the last, this one included (4 in Q1, 1 in Q4). */
    public int quartersLeftInYear() {
        return 5 - quarter;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /**
     * 一公开 "after the period": the plan and its results are public from the day after the quarter's last day —
     * never while inspections of the quarter may still be under way.
     */
    public LocalDate publishedFrom() {
        return lastDay().plusDays(1);
    }

    public boolean publishedOn(LocalDate today) {
        return !today.isBefore(publishedFrom());
    }

    @Override
    public int compareTo(InspectionPeriod other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
