package org.greencredit.projections.decision;

/** Every decision of an enterprise, oldest first; answered as {@link DecisionHistoryView}. */
public record FindDecisionHistory(String creditCode) {
}
