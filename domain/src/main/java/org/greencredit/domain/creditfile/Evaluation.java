package org.greencredit.domain.creditfile;

import java.time.LocalDate;
import org.greencredit.domain.common.RuleViolation;

/**
 * 企业评价: one enterprise in one cycle — the cycle's period, version and deadlines, where the procedure stands,
 * the disclosure dates, the objection, and the decision that currently stands for the cycle.
 */
public record Evaluation(String cycleId, LocalDate periodFrom, LocalDate periodTo, String indicatorSystem,
                         String indicatorVersion, String versionHash, LocalDate declarationDeadline,
                         LocalDate verificationDeadline, EvaluationState state, LocalDate disclosureStart,
                         LocalDate disclosureEnd, boolean disclosureClosed, Objection objection,
                         boolean publicationAnnounced, String standingDecisionId) {

    Evaluation in(EvaluationState newState) {
        return new Evaluation(cycleId, periodFrom, periodTo, indicatorSystem, indicatorVersion, versionHash,
                              declarationDeadline, verificationDeadline, newState, disclosureStart, disclosureEnd,
                              disclosureClosed, objection, publicationAnnounced, standingDecisionId);
    }

    Evaluation graded(String decisionId) {
        return new Evaluation(cycleId, periodFrom, periodTo, indicatorSystem, indicatorVersion, versionHash,
                              declarationDeadline, verificationDeadline, EvaluationState.GRADED, disclosureStart,
                              disclosureEnd, disclosureClosed, objection, publicationAnnounced, decisionId);
    }

    Evaluation disclosed(LocalDate start, LocalDate end) {
        return new Evaluation(cycleId, periodFrom, periodTo, indicatorSystem, indicatorVersion, versionHash,
                              declarationDeadline, verificationDeadline, state, start, end, false, objection,
                              publicationAnnounced, standingDecisionId);
    }

    Evaluation withDisclosureClosed() {
        return new Evaluation(cycleId, periodFrom, periodTo, indicatorSystem, indicatorVersion, versionHash,
                              declarationDeadline, verificationDeadline, state, disclosureStart, disclosureEnd, true,
                              objection, publicationAnnounced, standingDecisionId);
    }

    Evaluation with(Objection newObjection) {
        return new Evaluation(cycleId, periodFrom, periodTo, indicatorSystem, indicatorVersion, versionHash,
                              declarationDeadline, verificationDeadline, state, disclosureStart, disclosureEnd,
                              disclosureClosed, newObjection, publicationAnnounced, standingDecisionId);
    }

    Evaluation announced() {
        return new Evaluation(cycleId, periodFrom, periodTo, indicatorSystem, indicatorVersion, versionHash,
                              declarationDeadline, verificationDeadline, state, disclosureStart, disclosureEnd,
                              disclosureClosed, objection, true, standingDecisionId);
    }

    /** Refuses unless the evaluation is in {@code expected}. */
    void requireState(EvaluationState expected) {
        if (state != expected) {
            throw new RuleViolation("evaluation.state.wrong", cycleId, "evaluationState." + state,
                                    "evaluationState." + expected);
        }
    }

    /** Graded, disclosure over, and no objection waiting: the standing decision can be published. */
    public boolean publishable() {
        return state == EvaluationState.GRADED && disclosureClosed
                && (objection == null || objection.status().concluded());
    }
}
