package org.greencredit.projections.evaluation;

import java.util.List;

/** Evaluations in the order the query asked for. */
public record EvaluationList(List<EvaluationSummary> evaluations) {

    public EvaluationList {
        evaluations = List.copyOf(evaluations);
    }
}
