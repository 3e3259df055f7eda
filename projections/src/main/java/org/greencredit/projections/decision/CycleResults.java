package org.greencredit.projections.decision;

import java.util.List;

/** One decision per enterprise, ordered by credit code. */
public record CycleResults(List<DecisionSummary> decisions) {

    public CycleResults {
        decisions = List.copyOf(decisions);
    }
}
