package org.greencredit.projections.decision;

/** 等级说明: a decision told in plain words, in {@code languageTag} (zh-CN or en); answered as {@link Explanation}. */
public record ExplainDecision(String decisionId, String languageTag) {
}
