package org.greencredit.projections.inspector;

import java.util.List;

/** Inspectors ordered by inspector id. */
public record InspectorList(List<InspectorSummary> inspectors) {

    public InspectorList {
        inspectors = List.copyOf(inspectors);
    }
}
