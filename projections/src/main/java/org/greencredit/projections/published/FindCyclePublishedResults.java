package org.greencredit.projections.published;

/** The published results of one evaluation cycle, by credit code, from {@code offset}, at most {@code limit}. */
public record FindCyclePublishedResults(String cycleId, int offset, int limit) {
}
