package org.greencredit.projections.repair;

import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.creditfile.RepairStatus;

/**
 * A credit repair application as the officer deciding it sees it: the facts, the evidence, the commitment, each
 * condition with whether it held when the enterprise applied, the deadline, and the outcome.
 */
public record RepairApplicationSummary(String applicationId, String creditCode, List<String> factIds,
                                       String evidenceDocumentNo, String evidenceDescription, String commitment,
                                       List<Condition> conditions, LocalDate appliedOn, LocalDate decisionDeadline,
                                       RepairStatus status, LocalDate decidedOn, String rejectionReason, boolean overdue) {

    public RepairApplicationSummary {
        factIds = List.copyOf(factIds);
        conditions = List.copyOf(conditions);
    }

    /** One repair condition: its name, whether it held, and what failed (fact ids, the day a wait ends). */
    public record Condition(String condition, boolean holds, List<String> details) {

        public Condition {
            details = List.copyOf(details);
        }
    }
}
