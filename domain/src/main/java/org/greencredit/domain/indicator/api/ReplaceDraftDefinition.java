package org.greencredit.domain.indicator.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 修改草稿: replaces the whole definition of a version that is still a draft. */
public record ReplaceDraftDefinition(@TargetAggregateIdentifier String system, String version, String definitionYaml) {
}
