package org.greencredit.domain.indicator;

import java.math.BigDecimal;
import java.util.List;

/** 评价维度: {@code base} plus its indicators' points, held to {@code [0, max]}. */
public record DimensionDefinition(String code, LocalizedText name, BigDecimal base, BigDecimal max,
                                  List<IndicatorDefinition> indicators) {

    public DimensionDefinition {
        indicators = List.copyOf(indicators);
    }
}
