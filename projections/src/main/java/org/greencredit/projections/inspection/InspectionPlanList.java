package org.greencredit.projections.inspection;

import java.util.List;

/** Drawn periods, newest first; each plan without its enterprises. */
public record InspectionPlanList(List<InspectionPlanSummary> plans) {

    public InspectionPlanList {
        plans = List.copyOf(plans);
    }
}
