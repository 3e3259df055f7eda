package org.greencredit.projections.deadline;

import java.time.LocalDate;

/**
 * A deadline of the procedure: what it is, what it concerns (a cycle; for objections and repairs also an enterprise
 * and the application), the last day of the period, and whether what it waits for has happened. It falls due the
 * day after {@code lastDay}.
 */
public record Deadline(String id, DeadlineKind kind, String cycleId, String creditCode, String applicationId,
                       LocalDate lastDay, boolean met, LocalDate lastRefusedOn, String lastRefusal) {
}
