package org.greencredit.projections.trial;

import java.util.List;
import org.greencredit.domain.trial.api.TrialRunRecorded;

/** Recorded trial runs, each as its event says. */
public record TrialRunList(List<TrialRunRecorded> runs) {

    public TrialRunList {
        runs = List.copyOf(runs);
    }
}
