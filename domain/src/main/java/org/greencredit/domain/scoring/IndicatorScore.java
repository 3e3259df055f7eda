package org.greencredit.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's result: the sum of its contributions ({@code raw}) and that sum held to {@code [-cap, cap]} and
 * rounded to one decimal ({@code points}).
 */
public record IndicatorScore(String code, BigDecimal cap, BigDecimal raw, BigDecimal points,
                             List<Contribution> contributions) {

    public IndicatorScore {
        contributions = List.copyOf(contributions);
    }
}
