package org.greencredit.domain.indicator;

import java.math.BigDecimal;

/** 监管类别 of a grade: sampling ratio per quarter, minimum on-site visits, lenient enforcement. */
public record SupervisionTier(String grade, String tier, LocalizedText name, BigDecimal samplingRatioPerQuarter,
                              int minOnSiteVisitsPerYear, boolean lenientForMinorFirstViolation) {
}
