package org.greencredit.projections.decision;

/** Every decision of an enterprise, oldest first; answered as {@link DecisionHistorySummary}. */
public record FindDecisionHistory(String creditCode) {
}
