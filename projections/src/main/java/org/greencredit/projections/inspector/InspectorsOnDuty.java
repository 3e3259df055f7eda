package org.greencredit.projections.inspector;

import java.util.List;

/** Every active inspector, ordered by inspector id. */
public record InspectorsOnDuty(List<InspectorOnDuty> inspectors) {

    public InspectorsOnDuty {
        inspectors = List.copyOf(inspectors);
    }
}
