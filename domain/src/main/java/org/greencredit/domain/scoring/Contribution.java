package org.greencredit.domain.scoring;

import java.math.BigDecimal;

/** What one fact added to (or deducted from) an indicator through one rule, before the indicator's cap. */
public record Contribution(String ruleId, String factId, BigDecimal points) {
}
