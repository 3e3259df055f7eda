package org.greencredit.domain.scoring;

import java.util.Optional;

/**
 * Where command handlers find indicator system versions, ready to score with. The application answers from the
 * indicator catalog's events; a version's engine never changes once published.
 */
public interface IndicatorVersions {

    /** The engine of a published (not draft, not retired) version. */
    Optional<ScoringEngine> published(String system, String version);

    /**
     * The engine of the system's version with this content hash, whatever its status now: a decision keeps the
     * version it was made with.
     */
    Optional<ScoringEngine> version(String system, String versionHash);

    /**
     * The engine of any version of the catalog with this content hash, drafts included — for 试评价 only, which
     * decides nothing: no grade may ever be decided with a draft.
     */
    default Optional<ScoringEngine> forTrial(String system, String versionHash) {
        return version(system, versionHash);
    }
}
