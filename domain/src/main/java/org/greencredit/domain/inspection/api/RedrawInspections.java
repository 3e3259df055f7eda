package org.greencredit.domain.inspection.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.inspection.DrawInputs;
import org.greencredit.domain.inspection.InspectionPlan;

/**
 * 重新抽取: draws the period again, for a stated reason; the earlier draw stays in the history, superseded. Refused
 * once a result has been recorded for the draw in force.
 */
public record RedrawInspections(String period, String seed, DrawInputs inputs, String reason) {

    @TargetAggregateIdentifier
    public String planId() {
        return InspectionPlan.planId(period);
    }
}
