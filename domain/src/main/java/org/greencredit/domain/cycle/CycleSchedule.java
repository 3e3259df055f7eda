package org.greencredit.domain.cycle;

import java.time.LocalDate;
import org.greencredit.domain.calendar.WorkingDays;
import org.greencredit.domain.indicator.EvaluationRules;

/**
 * 评价日程: the planned dates of a cycle, counted in working days from its opening by the indicator version's
 * procedure settings. Declarations are accepted up to and including {@code declarationDeadline}; assessors verify up
 * to {@code verificationDeadline}; preliminary grades are disclosed from {@code disclosureStart} to
 * {@code disclosureEnd} (both included). The actual disclosure dates are fixed when grading happens.
 */
public record CycleSchedule(LocalDate openedOn, LocalDate declarationDeadline, LocalDate verificationDeadline,
                            LocalDate disclosureStart, LocalDate disclosureEnd) {

    public static CycleSchedule plan(LocalDate openedOn, EvaluationRules rules, WorkingDays days) {
        LocalDate declarationDeadline = days.after(openedOn, rules.declarationWorkingDays());
        LocalDate verificationDeadline = days.after(declarationDeadline, rules.verificationWorkingDays());
        LocalDate disclosureStart = days.after(verificationDeadline, 1);
        return new CycleSchedule(openedOn, declarationDeadline, verificationDeadline, disclosureStart,
                                 days.lastOfSpan(disclosureStart, rules.disclosureWorkingDays()));
    }
}
