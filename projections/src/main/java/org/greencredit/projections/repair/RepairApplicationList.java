package org.greencredit.projections.repair;

import java.util.List;

/** Repair applications in the order the query asked for. */
public record RepairApplicationList(List<RepairApplicationSummary> applications) {

    public RepairApplicationList {
        applications = List.copyOf(applications);
    }
}
