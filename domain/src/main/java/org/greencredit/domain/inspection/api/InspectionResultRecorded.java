package org.greencredit.domain.inspection.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.inspection.InspectionOutcome;

/**
 * 检查结果已录入 for one enterprise of the draw in force; {@code inspectorId} is set when one of its two drawn
 * inspectors recorded it, {@code correctionReason} when it replaces an earlier result.
 */
@Revision("1")
public record InspectionResultRecorded(String period, String drawId, String creditCode, InspectionOutcome outcome,
                                       LocalDate inspectedOn, String violationFactId, String note,
                                       String correctionReason, LocalDate recordedOn, String recordedBy,
                                       String inspectorId) {
}
