package org.greencredit.domain.intake;

import java.util.List;

/**
 * What became of one row: its number, the source record it carries, the outcome, the id of what it is or would be
 * stored as (a fact id, a credit code), and the problems of a refused or conflicting row.
 */
public record RowResult(int rowNumber, String sourceRecordId, RowOutcome outcome, String recordId,
                        List<RowProblem> problems) {

    public RowResult {
        problems = List.copyOf(problems);
    }
}
