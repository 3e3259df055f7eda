package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 纳入评价批次: adds the enterprise to an evaluation batch, e.g. {@code 2026-TRIAL} (第一批试评价). */
public record IncludeInEvaluationBatch(@TargetAggregateIdentifier String creditCode, String batchCode,
                                       LocalDate includedOn) {
}
