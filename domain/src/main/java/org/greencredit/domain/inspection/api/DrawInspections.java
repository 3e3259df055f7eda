package org.greencredit.domain.inspection.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.inspection.DrawInputs;
import org.greencredit.domain.inspection.InspectionPlan;

/**
 * 抽取检查对象和执法人员: draws the period's plan from the given inputs (gathered by the application from the read
 * models) and seed. Refused if the period has been drawn already.
 */
public record DrawInspections(String period, String seed, DrawInputs inputs) {

    @TargetAggregateIdentifier
    public String planId() {
        return InspectionPlan.planId(period);
    }
}
