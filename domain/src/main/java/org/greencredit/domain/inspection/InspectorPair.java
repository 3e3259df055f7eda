package org.greencredit.domain.inspection;

import java.util.List;

/** The two inspectors drawn for one enterprise, ids sorted. */
public record InspectorPair(String creditCode, List<String> inspectorIds) {

    public InspectorPair {
        inspectorIds = inspectorIds.stream().sorted().toList();
    }
}
