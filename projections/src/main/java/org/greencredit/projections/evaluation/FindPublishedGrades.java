package org.greencredit.projections.evaluation;

/** 评价结果公开: the published final grades of a cycle, by credit code, one page. */
public record FindPublishedGrades(String cycleId, int offset, int limit) {
}
