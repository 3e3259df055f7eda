package org.greencredit.ui.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.greencredit.domain.indicator.CatalogEntry;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.indicator.VersionStatus;

/**
 * 指标体系目录 as the views read it: every version of the district's indicator system with its status, and the
 * definition of each. A port: the application answers it from the catalog's events.
 */
public interface IndicatorCatalogReader {

    /** The code of the district's indicator system (the catalog's identity), e.g. {@code TZ-GREEN-CREDIT}. */
    String system();

    /** Every version, drafts included, in the order they were drafted. */
    List<CatalogEntry> versions();

    default Optional<CatalogEntry> version(String version) {
        return versions().stream().filter(entry -> entry.version().equals(version)).findFirst();
    }

    /** The definition of a version, whatever its status. */
    default Optional<IndicatorSystem> definition(String version) {
        return version(version).map(entry -> IndicatorSystemJson.read(entry.canonicalJson()));
    }

    /** The published version that took effect last: its grades and tiers name what the views show. */
    default Optional<IndicatorSystem> latestPublished() {
        return versions().stream().filter(entry -> entry.status() == VersionStatus.PUBLISHED)
                         .max(Comparator.comparing(CatalogEntry::effectiveFrom,
                                                   Comparator.nullsFirst(Comparator.naturalOrder())))
                         .map(entry -> IndicatorSystemJson.read(entry.canonicalJson()));
    }
}
