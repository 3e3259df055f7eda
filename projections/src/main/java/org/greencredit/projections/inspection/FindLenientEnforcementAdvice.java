package org.greencredit.projections.inspection;

import java.time.LocalDate;
import org.greencredit.domain.fact.Severity;

/**
 * 轻微违法免罚、初次违法慎罚: what the policy suggests for a new violation of this severity and date of an enterprise,
 * answered as the domain's {@code LenientEnforcement.Advice} by the application (it needs the credit file's events
 * and the directory).
 */
public record FindLenientEnforcementAdvice(String creditCode, Severity severity, LocalDate occurredOn) {
}
