package org.greencredit.domain.trial;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 试评价结果: what a version would decide over a population next to a baseline — per enterprise both results
 * ({@code outcomes}, by credit code), the movers with both whole decisions, the grade distributions (grade → count,
 * in the trial version's order; enterprises without a baseline grade in {@code ungradedInBaseline}), per dimension
 * the totals, per veto, ceiling and downgrade the enterprises it hits, the sensitivity per difference of the
 * versions (empty when the baseline is the grades in force), the hash of the resolved facts scored and the result hash ({@link TrialHash}).
 */
public record TrialResult(String system, String version, String versionHash, Baseline baseline,
                          String baselineVersion, String baselineHash, LocalDate periodFrom, LocalDate periodTo,
                          LocalDate asOf, List<String> grades, Map<String, Integer> baselineDistribution,
                          Map<String, Integer> candidateDistribution, int ungradedInBaseline,
                          List<DimensionTotal> dimensionTotals, List<RuleHits> ruleHits,
                          List<Sensitivity> sensitivity, List<TrialOutcome> outcomes, List<Mover> movers,
                          String inputHash, String resultHash) {

    public TrialResult {
        grades = List.copyOf(grades);
        baselineDistribution = Map.copyOf(baselineDistribution);
        candidateDistribution = Map.copyOf(candidateDistribution);
        dimensionTotals = List.copyOf(dimensionTotals);
        ruleHits = List.copyOf(ruleHits);
        sensitivity = List.copyOf(sensitivity);
        outcomes = List.copyOf(outcomes);
        movers = List.copyOf(movers);
    }

    public int population() {
        return outcomes.size();
    }

    public long up() {
        return movers.stream().filter(m -> m.movement() == Movement.UP).count();
    }

    public long down() {
        return movers.stream().filter(m -> m.movement() == Movement.DOWN).count();
    }
}
