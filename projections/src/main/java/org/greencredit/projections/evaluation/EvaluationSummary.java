package org.greencredit.projections.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.creditfile.EvaluationState;
import org.greencredit.domain.creditfile.ObjectionStatus;

/**
 * One enterprise's evaluation in one cycle as staff, the enterprise and the public board see it: where it stands,
 * its dates, the items still awaiting verification, the preliminary, reviewed and final grades, and the objection.
 * Grades and objection fields are null until they exist.
 */
public record EvaluationSummary(String creditCode, String enterpriseName, String subdistrict, String industryCode,
                                String cycleId, EvaluationState state, LocalDate periodFrom, LocalDate periodTo,
                                LocalDate declarationDeadline, LocalDate verificationDeadline,
                                List<String> pendingItems, LocalDate disclosureStart, LocalDate disclosureEnd,
                                boolean disclosureClosed, String preliminaryDecisionId, String preliminaryGrade,
                                BigDecimal preliminaryTotal, String reviewedGrade, String finalDecisionId,
                                String finalGrade, LocalDate publishedOn, boolean publicationAnnounced,
                                ObjectionStatus objectionStatus, LocalDate objectionFiledOn, LocalDate reviewDeadline,
                                boolean reviewOverdue, String objectionReason) {

    public EvaluationSummary {
        pendingItems = pendingItems == null ? List.of() : List.copyOf(pendingItems);
    }

    /** Whether the enterprise may still declare items in this evaluation (the deadline is the domain's to check). */
    public boolean acceptsDeclarations() {
        return state == EvaluationState.DECLARATION;
    }

    /**
     * Whether the enterprise may still object to the preliminary grade: disclosed, the disclosure not closed, no
     * objection filed yet (the disclosure dates are the domain's to check against today).
     */
    public boolean acceptsObjection() {
        return state == EvaluationState.GRADED && !disclosureClosed && objectionStatus == null;
    }
}
