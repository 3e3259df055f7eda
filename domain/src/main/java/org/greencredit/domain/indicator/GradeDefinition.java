package org.greencredit.domain.indicator;

import java.math.BigDecimal;

/** 评价等级: a grade earned by a total at or above {@code minScore}; the system lists them best first. */
public record GradeDefinition(String code, BigDecimal minScore, String colour, LocalizedText name) {
}
