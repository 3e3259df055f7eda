package org.greencredit.domain.trial.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.TrialPopulation;

/**
 * 试评价已记录: a trial run of indicator system version {@code versionHash} against a baseline (another version's
 * hash, or the grades in force), over a population, period and decision date, with the hash of its resolved facts
 * ({@code inputHash}) and of its result ({@code resultHash}, see {@code TrialHash}); {@code recordedOn} is the
 * business day. Rerunning it on the same facts gives the same result hash.
 */
@Revision("1")
public record TrialRunRecorded(String trialRunId, String system, String version, String versionHash,
                               Baseline baseline, String baselineVersion, String baselineHash,
                               TrialPopulation population, int populationSize, String inputHash,
                               LocalDate periodFrom, LocalDate periodTo, LocalDate asOf, String resultHash,
                               int movedUp, int movedDown, LocalDate recordedOn) {
}
