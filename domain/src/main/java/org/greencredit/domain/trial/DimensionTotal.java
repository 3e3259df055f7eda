package org.greencredit.domain.trial;

import java.math.BigDecimal;

/**
 * A dimension's points summed over the population under each version, and their mean over the enterprises graded
 * (one decimal, half up). The baseline's figures are null when no enterprise has a baseline grade.
 */
public record DimensionTotal(String code, BigDecimal baselineSum, BigDecimal baselineMean, BigDecimal candidateSum,
                             BigDecimal candidateMean) {
}
