package org.greencredit.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

/** A dimension's result: {@code base} plus its indicators ({@code raw}), held to {@code [0, max]} ({@code points}). */
public record DimensionScore(String code, BigDecimal base, BigDecimal max, BigDecimal raw, BigDecimal points,
                             List<IndicatorScore> indicators) {

    public DimensionScore {
        indicators = List.copyOf(indicators);
    }
}
