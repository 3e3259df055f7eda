package org.greencredit.projections.cycle;

/** One evaluation cycle, or {@code null}. */
public record FindCycle(String cycleId) {
}
