package org.greencredit.domain.creditfile;

import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.repair.RepairCondition;

/** 信用修复申请: the facts asked to be repaired, the conditions as they stood, and the outcome. */
public record RepairApplication(String applicationId, List<String> factIds, Evidence evidence, String commitment,
                                List<RepairCondition> conditionsWhenApplied, LocalDate appliedOn,
                                LocalDate decisionDeadline, RepairStatus status, String rejectionReason,
                                boolean overdue) {

    public RepairApplication {
        factIds = List.copyOf(factIds);
        conditionsWhenApplied = List.copyOf(conditionsWhenApplied);
    }

    RepairApplication decided(RepairStatus newStatus, String reason) {
        return new RepairApplication(applicationId, factIds, evidence, commitment, conditionsWhenApplied, appliedOn,
                                     decisionDeadline, newStatus, reason, overdue);
    }

    RepairApplication flaggedOverdue() {
        return new RepairApplication(applicationId, factIds, evidence, commitment, conditionsWhenApplied, appliedOn,
                                     decisionDeadline, status, rejectionReason, true);
    }
}
