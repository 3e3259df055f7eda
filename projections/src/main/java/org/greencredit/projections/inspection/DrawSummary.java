package org.greencredit.projections.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.inspection.TierDraw;

/**
 * One draw of a period: who drew it when with which seed and input hash, on which indicator version, the reason of a
 * re-draw, the draw that replaced it (null while in force), and the counts per tier.
 */
public record DrawSummary(String drawId, String seed, String inputHash, String indicatorVersion, LocalDate drawnOn,
                          Instant drawnAt, String drawnBy, String reason, String supersededBy, List<TierDraw> tiers) {

    public DrawSummary {
        tiers = List.copyOf(tiers);
    }
}
