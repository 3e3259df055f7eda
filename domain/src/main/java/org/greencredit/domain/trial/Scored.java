package org.greencredit.domain.trial;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greencredit.domain.scoring.DimensionScore;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.RuleHit;

/** The part of a decision a trial keeps for every enterprise: grade, total, points per dimension, rules hit. */
public record Scored(String grade, BigDecimal total, Map<String, BigDecimal> dimensions, List<String> vetoes,
                     List<String> ceilings, List<String> downgrades) {

    public Scored {
        dimensions = new TreeMap<>(dimensions);
        vetoes = List.copyOf(vetoes);
        ceilings = List.copyOf(ceilings);
        downgrades = List.copyOf(downgrades);
    }

    static Scored of(GradeDecision decision) {
        Map<String, BigDecimal> dimensions = new TreeMap<>();
        for (DimensionScore dimension : decision.dimensions()) {
            dimensions.put(dimension.code(), dimension.points());
        }
        return new Scored(decision.grade(), decision.total(), dimensions, ids(decision.vetoes()),
                          ids(decision.ceilings()), ids(decision.downgrades()));
    }

    private static List<String> ids(List<RuleHit> hits) {
        return hits.stream().map(RuleHit::ruleId).toList();
    }
}
