package org.greencredit.projections.inspection;

import java.time.LocalDate;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.InspectionOutcome;

/** 一公开: one enterprise of a published plan — how it is checked and its result, if any. */
public record PublishedInspection(String creditCode, String tier, DrawBasis basis, InspectionOutcome outcome,
                                  LocalDate inspectedOn) {
}
