package org.greencredit.domain.inspection.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The violation fact a PROBLEM_FOUND inspection produced, named after the result. */
@Revision("1")
public record InspectionViolationLinked(String period, String drawId, String creditCode, String violationFactId,
                                        LocalDate linkedOn, String linkedBy) {
}
