package org.greencredit.domain.indicator.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 停用指标体系版本: no new cycle may use it; decisions made with it keep it. */
public record RetireIndicatorVersion(@TargetAggregateIdentifier String system, String version, LocalDate retiredOn) {
}
