package org.greencredit.projections.cycle;

import java.util.List;

/** Evaluation cycles, newest first. */
public record CycleList(List<CycleSummary> cycles) {

    public CycleList {
        cycles = List.copyOf(cycles);
    }
}
