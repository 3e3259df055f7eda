package org.greencredit.domain.intake;

import org.greencredit.domain.common.Refusal;

/** What is wrong with one row: the column at fault (its key; {@code null} for the row as a whole) and why. */
public record RowProblem(String column, Refusal refusal) {
}
