package org.greencredit.domain.indicator;

import java.util.List;
import java.util.Map;

/** 信用修复: who may apply, after how long, what must hold, and how fast staff must decide. */
public record RepairRules(List<String> eligibleGrades, Map<String, Integer> minimumWaitMonths,
                          List<NotRepairable> notRepairable, List<RepairConditionKind> requires,
                          int decisionWorkingDays,
                          String effect) {

    public RepairRules {
        eligibleGrades = List.copyOf(eligibleGrades);
        minimumWaitMonths = Map.copyOf(minimumWaitMonths);
        notRepairable = List.copyOf(notRepairable);
        requires = List.copyOf(requires);
    }

    /** A veto that rules repair out while it is more recent than {@code withinMonths}. */
    public record NotRepairable(String veto, int withinMonths) {
    }
}
