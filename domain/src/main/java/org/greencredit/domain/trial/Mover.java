package org.greencredit.domain.trial;

import org.greencredit.domain.scoring.DecisionDiff;
import org.greencredit.domain.scoring.GradeDecision;

/**
 * An enterprise whose grade the trial version changes, with both whole decisions, so the comparison a reviewer
 * reads for a real change of grade ({@link DecisionDiff}) tells this one too.
 */
public record Mover(String creditCode, Movement movement, GradeDecision baseline, GradeDecision candidate) {

    public DecisionDiff diff() {
        return DecisionDiff.between(baseline, candidate);
    }
}
