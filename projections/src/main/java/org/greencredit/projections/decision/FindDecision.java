package org.greencredit.projections.decision;

/** One decision with everything behind it; answered as {@link DecisionRecord}, or {@code null}. */
public record FindDecision(String decisionId) {
}
