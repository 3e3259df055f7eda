package org.greencredit.projections.deadline;

import java.time.LocalDate;

/**
 * Deadlines not yet met whose last day is within {@code workingDays} working days of {@code today} — or already
 * past — earliest first; answered as {@link DeadlineList}.
 */
public record FindDeadlinesDue(LocalDate today, int workingDays) {
}
