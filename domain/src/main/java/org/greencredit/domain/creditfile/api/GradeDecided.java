package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.scoring.GradeDecision;

/**
 * 等级已决定: one grade decision, self-contained (inputs, version hash, breakdown, result). {@code basedOn} names the
 * decision a FINAL one publishes; {@code decidedOn} is the business day it was made.
 */
@Revision("1")
public record GradeDecided(String creditCode, String decisionId, DecisionKind kind, String cycleId,
                           LocalDate decidedOn, GradeDecision decision, String basedOn, DecisionTrigger trigger) {
}
