package org.greencredit.app.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.SourceRow;

/**
 * One pass over the rows of an import, in order: each row is mapped to its command, chunks of rows are checked
 * together, and each verdict is handed on in row order. Preview and import make the same pass, so they cannot
 * disagree about a row except where the stored state changed in between.
 */
final class ImportPass implements Consumer<SourceRow> {

    static final int CHUNK = 500;

    private final RowMappers mappers;
    private final ImportKind kind;
    private final String importId;
    private final RowChecks checks;
    private final Actor actor;
    private final Consumer<RowVerdict> verdicts;
    private final List<MappedRow> pending = new ArrayList<>(CHUNK);
    private int rows;

    ImportPass(RowMappers mappers, ImportKind kind, String importId, RowChecks checks, Actor actor,
               Consumer<RowVerdict> verdicts) {
        this.mappers = mappers;
        this.kind = kind;
        this.importId = importId;
        this.checks = checks;
        this.actor = actor;
        this.verdicts = verdicts;
    }

    @Override
    public void accept(SourceRow row) {
        if (mappers.isExample(kind, row)) {
            return;
        }
        rows++;
        pending.add(ownSourceOnly(mappers.map(kind, row, importId)));
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    /** A source system speaks for its own source only; the credit file refuses the rest too, this says it early. */
    private MappedRow ownSourceOnly(MappedRow row) {
        if (actor.role() == Role.SOURCE_SYSTEM && row.command() instanceof RecordFact fact
                && fact.source() != actor.source()) {
            return row.withProblem(RowProblems.of("source", "import.source.notOwn", "fact.source." + fact.source(),
                                                  "fact.source." + actor.source()));
        }
        return row;
    }

    /** Checks and hands on the rows still pending; call once after the last row. */
    void finish() {
        flush();
    }

    int rows() {
        return rows;
    }

    private void flush() {
        if (!pending.isEmpty()) {
            checks.check(pending).forEach(verdicts);
            pending.clear();
        }
    }
}
