package org.greencredit.domain.trial;

import java.time.LocalDate;
import org.greencredit.domain.common.RuleViolation;

/** The refusals a trial shares between the service that computes it and the command that records it. */
public final class TrialRules {

    private TrialRules() {
    }

    public static void requirePeriod(LocalDate periodFrom, LocalDate periodTo, LocalDate asOf) {
        require("field.periodFrom", periodFrom);
        require("field.periodTo", periodTo);
        require("field.asOf", asOf);
        if (periodTo.isBefore(periodFrom)) {
            throw new RuleViolation("date.beforeBoundary", "field.periodTo", periodTo, "field.periodFrom", periodFrom);
        }
    }

    public static void requirePopulation(int size) {
        if (size <= 0) {
            throw new RuleViolation("trial.population.empty");
        }
    }

    private static void require(String what, LocalDate date) {
        if (date == null) {
            throw new RuleViolation("date.required", what);
        }
    }
}
