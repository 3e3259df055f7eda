package org.greencredit.projections.evaluation;

/** Every evaluation of one enterprise, by cycle. */
public record FindEvaluationsOf(String creditCode) {
}
