package org.greencredit.projections.inspection;

import java.util.List;

/** A period's plan: the draw in force, every draw oldest first, and the draw in force's enterprises by credit code. */
public record InspectionPlanSummary(String period, String drawInForce, List<DrawSummary> draws,
                                    List<InspectionEntry> entries) {

    public InspectionPlanSummary {
        draws = List.copyOf(draws);
        entries = List.copyOf(entries);
    }
}
