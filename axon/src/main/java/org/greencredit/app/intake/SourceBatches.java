package org.greencredit.app.intake;

import java.util.List;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.SourceRow;

/**
 * 接口报送: a batch of rows from a source system, checked and recorded like a file import (same validation, same
 * idempotency by source record), answered row by row. Returns when every row is handled.
 */
public interface SourceBatches {

    BatchResult submit(ImportKind kind, String batchName, List<SourceRow> rows, Actor actor);
}
