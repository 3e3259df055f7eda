package org.greencredit.ui.trial;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.TrialEvaluation;
import org.greencredit.domain.trial.TrialPopulation;
import org.greencredit.domain.trial.TrialResult;
import org.greencredit.domain.trial.api.TrialRunRecorded;

/**
 * 试评价 as the views use it (a port; the application answers it). A run is refused with a
 * {@link org.greencredit.domain.common.RuleViolation} whose key the view translates; nothing is stored then.
 */
public interface TrialDesk {

    /** What to try: a version of the catalog against a baseline version or the grades in force. */
    record TrialOrder(String version, Baseline baseline, String baselineVersion, TrialPopulation population,
                      LocalDate periodFrom, LocalDate periodTo, LocalDate asOf) {
    }

    /** A recorded run and its result. */
    record RecordedTrial(String trialRunId, TrialResult result) {
    }

    /** Scores the population, records the run ({@code TrialRunRecorded}) and returns the result. */
    RecordedTrial run(TrialOrder order, Actor actor, TrialEvaluation.Progress progress);

    /** Scores a recorded run again on today's resolved facts, recording nothing. */
    TrialResult rerun(TrialRunRecorded run, Actor actor, TrialEvaluation.Progress progress);

    /** The recorded runs of a version, latest first. */
    List<TrialRunRecorded> runsOf(String version);

    /** The directory names of enterprises (a trial result names them by credit code only); unknown ones left out. */
    Map<String, String> names(Collection<String> creditCodes);
}
