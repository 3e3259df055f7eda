package org.greencredit.app.intake;

import java.util.List;
import org.greencredit.domain.intake.RowResult;

/** The answer to a batch from a source system: the import it was recorded as (null if nothing was stored), per row. */
public record BatchResult(String importId, List<RowResult> rows) {

    public BatchResult {
        rows = List.copyOf(rows);
    }
}
