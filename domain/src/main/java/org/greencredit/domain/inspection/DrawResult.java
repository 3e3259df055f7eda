package org.greencredit.domain.inspection;

import java.util.List;

/**
 * What a draw gave: per tier the counts, and the on-site inspections by credit code. The off-site checks of the
 * 正面清单 are not repeated here: they are every enterprise of the off-site tiers of the recorded population.
 */
public record DrawResult(List<TierDraw> tiers, List<DrawnInspection> inspections) {

    public DrawResult {
        tiers = List.copyOf(tiers);
        inspections = List.copyOf(inspections);
    }
}
