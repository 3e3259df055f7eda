package org.greencredit.projections.decision;

import java.time.LocalDate;

/** The decision in force for an enterprise on a date, or {@code null} when it had none. */
public record FindGradeAsOf(String creditCode, LocalDate date) {
}
