package org.greencredit.projections.decision;

/** 等级变化说明: why the grade changed between two decisions of one enterprise; answered as {@link Explanation}. */
public record CompareDecisions(String beforeDecisionId, String afterDecisionId, String languageTag) {
}
