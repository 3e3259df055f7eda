package org.greencredit.projections.evaluation;

import java.util.Map;
import org.greencredit.domain.creditfile.EvaluationState;
import org.greencredit.domain.creditfile.ObjectionStatus;

/**
 * How far a cycle has come: evaluations per state, per preliminary and per final grade, and objections by status.
 */
public record CycleProgress(String cycleId, long evaluations, Map<EvaluationState, Long> perState,
                            Map<String, Long> perPreliminaryGrade, Map<String, Long> perFinalGrade,
                            Map<ObjectionStatus, Long> objectionsPerStatus) {

    public CycleProgress {
        perState = Map.copyOf(perState);
        perPreliminaryGrade = Map.copyOf(perPreliminaryGrade);
        perFinalGrade = Map.copyOf(perFinalGrade);
        objectionsPerStatus = Map.copyOf(objectionsPerStatus);
    }
}
