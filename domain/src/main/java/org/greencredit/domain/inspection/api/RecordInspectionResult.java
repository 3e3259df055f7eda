package org.greencredit.domain.inspection.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.InspectionPlan;

/**
 * 录入检查结果 of a drawn enterprise: the outcome, the day of the inspection (not for NOT_INSPECTED), for
 * PROBLEM_FOUND the violation fact it produced if already recorded, a note (the reason, for NOT_INSPECTED).
 * {@code correctionReason} replaces a result recorded before; without it a second result is refused.
 */
public record RecordInspectionResult(String period, String creditCode, InspectionOutcome outcome,
                                     LocalDate inspectedOn, String violationFactId, String note,
                                     String correctionReason) {

    @TargetAggregateIdentifier
    public String planId() {
        return InspectionPlan.planId(period);
    }
}
