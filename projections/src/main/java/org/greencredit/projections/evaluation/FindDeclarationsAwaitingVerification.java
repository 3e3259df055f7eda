package org.greencredit.projections.evaluation;

/**
 * 待核查申报: evaluations under verification with declared items still unresolved, earliest verification deadline
 * first; {@code cycleId} null for every cycle. Subscribers receive each changed row.
 */
public record FindDeclarationsAwaitingVerification(String cycleId) {
}
