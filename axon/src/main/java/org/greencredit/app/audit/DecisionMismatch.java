package org.greencredit.app.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored decision that verification could not reproduce: where it is (credit file, position in its stream),
 * which decision, and each difference as "path: stored … / recomputed …".
 */
public record DecisionMismatch(String creditCode, long sequence, String decisionId, String kind, LocalDate decidedOn,
                               List<String> differences) {

    public DecisionMismatch {
        differences = List.copyOf(differences);
    }
}
