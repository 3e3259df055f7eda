package org.greencredit.domain.creditfile;

import java.time.LocalDate;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.scoring.GradeDecision;

/** A decision as the credit file keeps it: what kind, for which cycle, made when, why, and the decision itself. */
public record RecordedDecision(String decisionId, DecisionKind kind, String cycleId, LocalDate decidedOn,
                               GradeDecision decision, String basedOn, DecisionTrigger trigger) {
}
