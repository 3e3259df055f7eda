package org.greencredit.ui.portal;

import java.util.List;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.repair.RepairCondition;

/**
 * 信用修复条件自查: the repair rules of the domain ({@code RepairEligibility}) applied today to the enterprise's own
 * credit file, so the enterprise sees before applying what the officer will see when deciding. Implemented in the
 * application from the credit file's events.
 */
public interface RepairChecklist {

    /** The check for repairing {@code factIds} (may be empty) with {@code commitment} (may be blank). */
    RepairCheck check(String creditCode, List<String> factIds, String commitment);

    /**
     * {@code grade}: the grade in force (null without one); {@code repairableFacts}: the facts of that grade the
     * enterprise may ask to repair; {@code refusal}: why an application would be refused up front (null if it would
     * not); {@code conditions}: each condition and whether it holds (empty until facts are chosen).
     */
    record RepairCheck(String grade, List<ResolvedFact> repairableFacts, Refusal refusal,
                       List<RepairCondition> conditions) {

        public RepairCheck {
            repairableFacts = List.copyOf(repairableFacts);
            conditions = List.copyOf(conditions);
        }

        /** The domain would take an application now (approval still needs every condition to hold then). */
        public boolean mayApply() {
            return refusal == null && !conditions.isEmpty();
        }
    }
}
