package org.greencredit.domain.trial;

import java.util.List;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.scoring.GradeDecision;

/**
 * One enterprise of a 试评价 population: the facts that count in its credit file ({@code FactLedger.resolved()},
 * the very input a real decision is scored on) and, when the baseline is the grades in force, the decision in force
 * (null when it has none).
 */
public record TrialSubject(String creditCode, List<ResolvedFact> facts, GradeDecision inForce) {

    public TrialSubject {
        facts = List.copyOf(facts);
    }
}
