package org.greencredit.domain.indicator.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 发布指标体系版本: from then on it never changes; it applies to cycles from {@code effectiveFrom}. */
public record PublishIndicatorVersion(@TargetAggregateIdentifier String system, String version,
                                      LocalDate effectiveFrom) {
}
