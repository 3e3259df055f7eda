package org.greencredit.domain.indicator.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 起草指标体系版本: a new version from a definition in the indicator-system YAML format. */
public record DraftIndicatorVersion(@TargetAggregateIdentifier String system, String version, String definitionYaml) {
}
