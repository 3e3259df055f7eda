package org.greencredit.projections.evaluation;

import java.util.Map;

/** Per group (street/town code or industry division), the number of enterprises per grade. */
public record CycleStatistics(String cycleId, FindCycleStatistics.GroupBy groupBy,
                              Map<String, Map<String, Long>> gradesPerGroup) {

    public CycleStatistics {
        gradesPerGroup = Map.copyOf(gradesPerGroup);
    }
}
