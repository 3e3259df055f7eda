package org.greencredit.domain.inspection.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.inspection.InspectionPlan;

/** Names the violation fact a PROBLEM_FOUND inspection produced, once the violation has been recorded. */
public record LinkInspectionViolation(String period, String creditCode, String violationFactId) {

    @TargetAggregateIdentifier
    public String planId() {
        return InspectionPlan.planId(period);
    }
}
