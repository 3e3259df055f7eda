package org.greencredit.app.intake;

import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.RowProblem;

/** Refusals turned into problems of a row, pointed at the column they name. */
final class RowProblems {

    private RowProblems() {
    }

    static RowProblem of(String column, String key, Object... arguments) {
        return of(column, new RuleViolation(key, arguments).refusal());
    }

    static RowProblem of(String column, Refusal refusal) {
        return new RowProblem(column, refusal);
    }

    /** A refusal of the domain, at the column of the first {@code field.*} argument it names, if any. */
    static RowProblem of(Refusal refusal, String fallbackColumn) {
        String column = refusal.arguments().stream().filter(argument -> argument.startsWith("field."))
                               .map(argument -> argument.substring("field.".length())).findFirst()
                               .orElse(fallbackColumn);
        return new RowProblem(column, refusal);
    }
}
