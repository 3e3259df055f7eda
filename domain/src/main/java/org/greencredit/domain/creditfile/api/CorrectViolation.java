package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;

/**
 * 纠正违法记录: a reconsideration or court decision revoked the penalty, or changed it ({@code newAttributes} are
 * then the violation's attributes from now on).
 */
public record CorrectViolation(@TargetAggregateIdentifier String creditCode, String violationId,
                               CorrectionOutcome outcome, LocalDate decidedOn, Evidence evidence,
                               FactAttributes newAttributes) {
}
