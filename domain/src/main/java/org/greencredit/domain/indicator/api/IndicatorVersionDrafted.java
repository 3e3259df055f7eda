package org.greencredit.domain.indicator.api;

import org.axonframework.serialization.Revision;

/**
 * 指标体系版本已起草: the definition as written ({@code definitionYaml}, comments and all), its canonical JSON and
 * that JSON's SHA-256.
 */
@Revision("1")
public record IndicatorVersionDrafted(String system, String version, String definitionYaml, String canonicalJson,
                                      String versionHash) {
}
