package org.greencredit.domain.indicator;

import java.math.BigDecimal;
import java.util.List;

/** 指标: the sum of its rules' points, held to {@code [-cap, cap]}. */
public record IndicatorDefinition(String code, LocalizedText name, BigDecimal cap, List<ScoringRule> rules) {

    public IndicatorDefinition {
        rules = List.copyOf(rules);
    }
}
