package org.greencredit.projections.inspector;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the 执法人员名录 as the administrators list it. {@code username} is the linked sign-in account or null;
 * {@code statusReason} and {@code statusChangedOn} tell the last deactivation or reactivation (null if none);
 * recusals are sorted by credit code.
 */
public record InspectorSummary(String inspectorId, String name, String department, String certificateNumber,
                               String username, boolean active, String statusReason, LocalDate statusChangedOn,
                               LocalDate registeredOn, List<InspectorRecusal> recusals) {

    public InspectorSummary {
        recusals = List.copyOf(recusals);
    }
}
