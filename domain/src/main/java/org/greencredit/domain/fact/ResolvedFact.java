package org.greencredit.domain.fact;

import java.time.LocalDate;

/**
 * A fact as it counts at a given point of a credit file: corrections applied, repaired, rejected and unverified
 * facts left out. The input of scoring, and the shape of the {@code score} command's FACTS.json entries.
 */
public record ResolvedFact(String factId, FactType type, LocalDate occurredOn, FactAttributes attributes) {
}
