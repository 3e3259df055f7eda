package org.greencredit.domain.repair;

import java.util.List;
import org.greencredit.domain.indicator.RepairConditionKind;

/**
 * One condition of credit repair and whether it holds: {@code condition} is the waiting period or one of the version's
 * {@code repair.requires}; {@code details} names what fails (fact ids, the date the wait ends…).
 */
public record RepairCondition(RepairConditionKind condition, boolean holds, List<String> details) {

    public RepairCondition {
        details = List.copyOf(details);
    }
}
