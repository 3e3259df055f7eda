package org.greencredit.projections.inspection;

import java.time.LocalDate;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.InspectionOutcome;

/**
 * 一公开: one enterprise of a published plan — how it is checked and its result, if any, with whether a violation
 * was recorded for a problem found (its existence only: no id, no note).
 */
public record PublishedInspection(String creditCode, String tier, DrawBasis basis, InspectionOutcome outcome,
                                  LocalDate inspectedOn, boolean violationRecorded) {
}
