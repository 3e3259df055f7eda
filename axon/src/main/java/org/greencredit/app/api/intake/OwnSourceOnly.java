package org.greencredit.app.api.intake;

import java.util.List;
import java.util.Optional;
import org.greencredit.app.intake.ChoiceNames;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.ui.i18n.Translations;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.RowResult;
import org.greencredit.domain.intake.SourceRow;

/**
 * 只能报送本系统来源的信息: a source system's row that names another source is refused here, before the batch is
 * submitted (the credit file refuses it again). Other actors — an officer — may submit any source. A row that names
 * no source is left to the import's own check of required columns.
 */
final class OwnSourceOnly {

    static final String COLUMN = "source";
    static final String NOT_OWN = "import.source.notOwn";

    private OwnSourceOnly() {
    }

    /** The refusal of a row that is not the actor's to submit. */
    static Optional<RowResult> refusal(SourceRow row, Actor actor, Translations translations) {
        String given = row.value(COLUMN);
        if (actor.role() != Role.SOURCE_SYSTEM || given == null) {
            return Optional.empty();
        }
        Optional<FactSource> named = ChoiceNames.source(translations, given);
        if (named.isEmpty() || named.get() == actor.source()) {
            return Optional.empty();
        }
        return Optional.of(new RowResult(row.rowNumber(), row.value("sourceRecordId"), RowOutcome.REFUSED, null,
                                         List.of(new RowProblem(COLUMN, new Refusal(NOT_OWN, List.of(
                                                 "fact.source." + named.get(), "fact.source." + actor.source()))))));
    }
}
