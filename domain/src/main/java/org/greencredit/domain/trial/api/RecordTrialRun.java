package org.greencredit.domain.trial.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.TrialPopulation;

/**
 * Records a 试评价 run that was computed: which version against which baseline (version hashes), over which
 * population (as chosen, its size and the hash of its resolved facts), period and decision date, and the hash of the
 * result. Nothing in it is a grade.
 */
public record RecordTrialRun(@TargetAggregateIdentifier String trialRunId, String system, String version,
                             String versionHash, Baseline baseline, String baselineVersion, String baselineHash,
                             TrialPopulation population, int populationSize, String inputHash, LocalDate periodFrom,
                             LocalDate periodTo, LocalDate asOf, String resultHash, int movedUp, int movedDown) {
}
