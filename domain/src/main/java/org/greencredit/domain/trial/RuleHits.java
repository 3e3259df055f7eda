package org.greencredit.domain.trial;

import java.util.List;
import org.greencredit.domain.scoring.DecisionDiff.RuleKind;

/** The enterprises a veto, ceiling or downgrade hits under the baseline and under the trial version. */
public record RuleHits(RuleKind kind, String ruleId, List<String> baseline, List<String> candidate) {

    public RuleHits {
        baseline = List.copyOf(baseline);
        candidate = List.copyOf(candidate);
    }
}
