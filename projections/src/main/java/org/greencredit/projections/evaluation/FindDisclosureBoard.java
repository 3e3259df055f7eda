package org.greencredit.projections.evaluation;

/**
 * 公示: the enterprises of a cycle whose preliminary grade is being disclosed, with the grade and the last day for
 * objections, by credit code. Subscribers receive each changed row.
 */
public record FindDisclosureBoard(String cycleId) {
}
