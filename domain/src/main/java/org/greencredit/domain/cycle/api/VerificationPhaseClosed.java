package org.greencredit.domain.cycle.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * 核查已截止: every enterprise is graded as of {@code gradedAsOf} (the verification deadline) and its preliminary
 * grade disclosed from {@code disclosureStart} to {@code disclosureEnd}.
 */
@Revision("1")
public record VerificationPhaseClosed(String cycleId, List<String> creditCodes, LocalDate gradedAsOf,
                                      LocalDate disclosureStart, LocalDate disclosureEnd) {
}
