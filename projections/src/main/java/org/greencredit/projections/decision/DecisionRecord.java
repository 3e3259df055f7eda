package org.greencredit.projections.decision;

import org.greencredit.domain.scoring.GradeDecision;

/** A decision as listed, and the decision itself (inputs, breakdown, rules hit) as it was stored. */
public record DecisionRecord(DecisionSummary summary, GradeDecision decision) {
}
