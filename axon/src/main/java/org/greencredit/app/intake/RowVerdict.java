package org.greencredit.app.intake;

import java.util.List;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.RowResult;

/**
 * What the checks before storing say about a row: its expected outcome and problems, and whether its command is
 * to be sent when the import runs (the credit file has the last word on everything that may have changed since).
 */
record RowVerdict(MappedRow row, RowOutcome outcome, List<RowProblem> problems, boolean send) {

    RowVerdict {
        problems = List.copyOf(problems);
    }

    static RowVerdict refused(MappedRow row, List<RowProblem> problems) {
        return new RowVerdict(row, RowOutcome.REFUSED, problems, false);
    }

    RowResult result() {
        return new RowResult(row.rowNumber(), row.sourceRecordId(), outcome, row.recordId(), problems);
    }
}
