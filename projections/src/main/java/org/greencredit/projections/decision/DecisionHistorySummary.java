package org.greencredit.projections.decision;

import java.util.List;

/** The decisions of one enterprise in the order they were made. */
public record DecisionHistorySummary(List<DecisionSummary> decisions) {

    public DecisionHistorySummary {
        decisions = List.copyOf(decisions);
    }
}
