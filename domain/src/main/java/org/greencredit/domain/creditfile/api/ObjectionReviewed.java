package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 异议已复核. */
@Revision("1")
public record ObjectionReviewed(String creditCode, String cycleId, ObjectionOutcome outcome, String reasoning,
                                LocalDate reviewedOn) {
}
