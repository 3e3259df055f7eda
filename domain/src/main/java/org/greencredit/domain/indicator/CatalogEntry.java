package org.greencredit.domain.indicator;

import java.time.LocalDate;

/** One version in the catalog: its definition, identity and status. */
public record CatalogEntry(String version, String definitionYaml, String canonicalJson, String versionHash,
                           VersionStatus status, LocalDate effectiveFrom) {

    CatalogEntry with(VersionStatus newStatus, LocalDate newEffectiveFrom) {
        return new CatalogEntry(version, definitionYaml, canonicalJson, versionHash, newStatus, newEffectiveFrom);
    }
}
