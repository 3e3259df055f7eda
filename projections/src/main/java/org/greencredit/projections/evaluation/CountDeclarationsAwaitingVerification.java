package org.greencredit.projections.evaluation;

/**
 * How many evaluations {@link FindDeclarationsAwaitingVerification} would list; {@code cycleId} null for every
 * cycle.
 */
public record CountDeclarationsAwaitingVerification(String cycleId) {
}
