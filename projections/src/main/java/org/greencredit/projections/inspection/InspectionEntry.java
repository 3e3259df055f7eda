package org.greencredit.projections.inspection;

import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.InspectionOutcome;

/**
 * One enterprise of a draw in force: its tier, why it is in the plan (OFF_SITE for the 正面清单), its two inspectors
 * by directory id (none off site; names are the directory's), and the result once recorded (null fields before).
 */
public record InspectionEntry(String period, String drawId, String creditCode, String tier, DrawBasis basis,
                              List<String> inspectorIds, InspectionOutcome outcome, LocalDate inspectedOn,
                              String violationFactId, String note, String correctionReason, LocalDate recordedOn,
                              String recordedBy) {

    public InspectionEntry {
        inspectorIds = List.copyOf(inspectorIds);
    }
}
