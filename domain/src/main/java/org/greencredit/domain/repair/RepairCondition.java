package org.greencredit.domain.repair;

import java.util.List;

/**
 * One condition of credit repair and whether it holds: {@code condition} is WAITING_PERIOD or one of the version's
 * {@code repair.requires}; {@code details} names what fails (fact ids, the date the wait ends…).
 */
public record RepairCondition(String condition, boolean holds, List<String> details) {

    public RepairCondition {
        details = List.copyOf(details);
    }
}
