package org.greencredit.app.intake;

import java.util.concurrent.atomic.AtomicInteger;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.api.ImportCounts;

/** Rows of an import by outcome, counted as they end, safe to read while the import runs. */
final class ImportTally {

    private final AtomicInteger newRows = new AtomicInteger();
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicInteger alreadyRecorded = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    void count(RowOutcome outcome) {
        switch (outcome) {
            case NEW -> newRows.incrementAndGet();
            case RECORDED -> recorded.incrementAndGet();
            case ALREADY_RECORDED -> alreadyRecorded.incrementAndGet();
            case CONFLICT -> conflicts.incrementAndGet();
            case REFUSED -> refused.incrementAndGet();
        }
    }

    int newRows() {
        return newRows.get();
    }

    int recorded() {
        return recorded.get();
    }

    int alreadyRecorded() {
        return alreadyRecorded.get();
    }

    int conflicts() {
        return conflicts.get();
    }

    int refused() {
        return refused.get();
    }

    int done() {
        return newRows() + recorded() + alreadyRecorded() + conflicts() + refused();
    }

    ImportCounts counts(int rows) {
        return new ImportCounts(recorded(), alreadyRecorded(), conflicts(), refused(), rows - done());
    }
}
