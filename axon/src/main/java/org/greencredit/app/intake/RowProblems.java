package org.greencredit.app.intake;

import java.util.List;
import org.greencredit.app.intake.file.CellValues;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.SourceRow;

/** Refusals turned into problems of a row, pointed at the column they name; the cells every kind of row has. */
final class RowProblems {

    private RowProblems() {
    }

    /** The row's credit code, normalised and checked, or null with the problem added. */
    static String creditCode(SourceRow row, List<RowProblem> problems) {
        String text = row.value("creditCode");
        if (text == null) {
            problems.add(of("creditCode", "import.value.required", "import.column.creditCode"));
            return null;
        }
        try {
            return new CreditCode(CellValues.creditCode(text)).value();
        } catch (RuleViolation invalid) {
            problems.add(of("creditCode", invalid.refusal()));
            return null;
        }
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
