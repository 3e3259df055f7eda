package org.greencredit.domain.indicator.api;

import org.axonframework.serialization.Revision;

/** 草稿已修改. */
@Revision("1")
public record DraftDefinitionReplaced(String system, String version, String definitionYaml, String canonicalJson,
                                      String versionHash) {
}
