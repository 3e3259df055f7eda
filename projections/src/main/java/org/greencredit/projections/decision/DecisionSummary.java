package org.greencredit.projections.decision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One grade decision of an enterprise as the history lists it. {@code validFrom} and {@code validTo} bound the days
 * a decision in force was the grade in force ({@code validTo} excluded; null while it still is); a PRELIMINARY
 * decision is never in force and has neither.
 */
public record DecisionSummary(String decisionId, String creditCode, String kind, String cycleId, LocalDate decidedOn,
                              String grade, String scoreGrade, BigDecimal total, String system, String version,
                              String versionHash, LocalDate periodFrom, LocalDate periodTo, LocalDate asOf,
                              String triggerCause, String triggerReference, String basedOn, boolean inForce,
                              LocalDate validFrom, LocalDate validTo) {
}
