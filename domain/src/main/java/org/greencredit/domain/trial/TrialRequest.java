package org.greencredit.domain.trial;

import java.time.LocalDate;
import org.greencredit.domain.scoring.ScoringEngine;

/**
 * What a trial scores: the trial version, the baseline (another version, or the grades in force), the evaluation
 * period and the decision date. A {@code VERSION} baseline needs its engine; {@code IN_FORCE} has none.
 */
public record TrialRequest(ScoringEngine candidate, Baseline baseline, ScoringEngine baselineEngine,
                           LocalDate periodFrom, LocalDate periodTo, LocalDate asOf) {

    public TrialRequest {
        TrialRules.requirePeriod(periodFrom, periodTo, asOf);
        if (candidate == null || baseline == null || (baseline == Baseline.VERSION) != (baselineEngine != null)) {
            throw new IllegalArgumentException("a trial needs its version, and an engine exactly for a VERSION baseline");
        }
    }

    /** The baseline version's hash, null when the baseline is the grades in force. */
    public String baselineHash() {
        return baselineEngine == null ? null : baselineEngine.versionHash();
    }
}
