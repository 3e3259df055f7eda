package org.greencredit.projections.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One enterprise's evaluation in one cycle as staff, the enterprise and the public board see it: where it stands,
 * its dates, the items still awaiting verification, the preliminary, reviewed and final grades, and the objection.
 * Grades and objection fields are null until they exist.
 */
public record EvaluationSummary(String creditCode, String enterpriseName, String subdistrict, String industryCode,
                             String cycleId, String state, LocalDate periodFrom, LocalDate periodTo,
                             LocalDate declarationDeadline, LocalDate verificationDeadline,
                             List<String> pendingItems, LocalDate disclosureStart, LocalDate disclosureEnd,
                             boolean disclosureClosed, String preliminaryDecisionId, String preliminaryGrade,
                             BigDecimal preliminaryTotal, String reviewedGrade, String finalDecisionId,
                             String finalGrade, LocalDate publishedOn, boolean publicationAnnounced,
                             String objectionStatus, LocalDate objectionFiledOn, LocalDate reviewDeadline,
                             boolean reviewOverdue, String objectionReason) {

    public EvaluationSummary {
        pendingItems = pendingItems == null ? List.of() : List.copyOf(pendingItems);
    }
}
