package org.greencredit.projections.decision;

import java.util.List;

/** The decisions of one enterprise in the order they were made. */
public record DecisionHistoryView(List<DecisionSummary> decisions) {

    public DecisionHistoryView {
        decisions = List.copyOf(decisions);
    }
}
