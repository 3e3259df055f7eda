package org.greencredit.app.intake;

import java.util.List;
import org.greencredit.domain.intake.RowProblem;

/**
 * A row read into the command it asks for, or the problems that keep it from being one. {@code recordId} is what
 * the row is stored as (the fact id derived from its source record, or the credit code); {@code creditCode} the
 * file it belongs to; {@code decisionNo} the penalty decision number a violation claims.
 */
record MappedRow(int rowNumber, String sourceRecordId, String recordId, String creditCode, Object command,
                 String decisionNo, List<RowProblem> problems) {

    MappedRow {
        problems = List.copyOf(problems);
    }

    boolean valid() {
        return problems.isEmpty() && command != null;
    }

    MappedRow withProblem(RowProblem problem) {
        List<RowProblem> more = new java.util.ArrayList<>(problems);
        more.add(problem);
        return new MappedRow(rowNumber, sourceRecordId, recordId, creditCode, command, decisionNo, more);
    }
}
