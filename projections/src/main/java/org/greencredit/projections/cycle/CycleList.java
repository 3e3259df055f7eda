package org.greencredit.projections.cycle;

import java.util.List;

/** Evaluation cycles, newest first. */
public record CycleList(List<CycleView> cycles) {

    public CycleList {
        cycles = List.copyOf(cycles);
    }
}
