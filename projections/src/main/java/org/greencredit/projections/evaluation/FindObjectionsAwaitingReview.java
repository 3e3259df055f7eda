package org.greencredit.projections.evaluation;

/**
 * 待复核异议: objections filed and not concluded (awaiting review, or upheld and awaiting the regrade), earliest
 * review deadline first; {@code cycleId} null for every cycle. Subscribers receive each changed row.
 */
public record FindObjectionsAwaitingReview(String cycleId) {
}
