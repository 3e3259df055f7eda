package org.greencredit.domain.inspection;

import java.util.List;

/** One on-site inspection of a draw: the enterprise, its tier, why it was drawn, and its two inspectors (ids sorted). */
public record DrawnInspection(String creditCode, String tier, DrawBasis basis, List<String> inspectorIds) {

    public DrawnInspection {
        inspectorIds = inspectorIds.stream().sorted().toList();
    }
}
