package org.greencredit.projections.trial;

import java.util.List;
import org.greencredit.domain.trial.TrialSubject;

/** The subjects of a trial population, by credit code. */
public record TrialPopulationFacts(List<TrialSubject> subjects) {

    public TrialPopulationFacts {
        subjects = List.copyOf(subjects);
    }
}
