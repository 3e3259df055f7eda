package org.greencredit.projections.evaluation;

/** How many objections {@link FindObjectionsAwaitingReview} would list; {@code cycleId} null for every cycle. */
public record CountObjectionsAwaitingReview(String cycleId) {
}
