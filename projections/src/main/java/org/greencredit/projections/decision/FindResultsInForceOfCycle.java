package org.greencredit.projections.decision;

/**
 * The effective published result of each enterprise of a cycle: its latest decision in force made in that cycle
 * (FINAL, REVIEWED, DYNAMIC or REPAIR — never PRELIMINARY), by credit code; answered as {@link CycleResults}.
 * Enterprises whose result was never published in the cycle have none.
 */
public record FindResultsInForceOfCycle(String cycleId) {
}
