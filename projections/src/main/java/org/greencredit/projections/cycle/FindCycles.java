package org.greencredit.projections.cycle;

/** Every evaluation cycle, newest first; answered as {@link CycleList}. */
public record FindCycles() {
}
