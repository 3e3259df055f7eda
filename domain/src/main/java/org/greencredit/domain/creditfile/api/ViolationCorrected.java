package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;

/** 违法记录已纠正; {@code newAttributes} is empty for a revocation. */
@Revision("1")
public record ViolationCorrected(String creditCode, String violationId, CorrectionOutcome outcome,
                                 LocalDate decidedOn, Evidence evidence, FactAttributes newAttributes) {
}
