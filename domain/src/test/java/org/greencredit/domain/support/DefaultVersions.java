package org.greencredit.domain.support;

import java.util.Optional;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;

/** The indicator versions of a district that has published the default version only. */
public final class DefaultVersions implements IndicatorVersions {

    public static final ScoringEngine ENGINE = ScoringEngine.of(DefaultIndicatorSystem.definition());
    public static final String HASH = ENGINE.versionHash();

    @Override
    public Optional<ScoringEngine> published(String system, String version) {
        return DefaultIndicatorSystem.SYSTEM.equals(system) && DefaultIndicatorSystem.VERSION.equals(version)
                ? Optional.of(ENGINE) : Optional.empty();
    }

    @Override
    public Optional<ScoringEngine> version(String system, String versionHash) {
        return DefaultIndicatorSystem.SYSTEM.equals(system) && HASH.equals(versionHash)
                ? Optional.of(ENGINE) : Optional.empty();
    }
}
