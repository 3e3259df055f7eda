package org.greencredit.ui.audit;

import java.time.LocalDate;
import java.util.List;

/** A stored decision the events before it do not reproduce, with each difference (path, stored, recomputed). */
public record VerifiedMismatch(String creditCode, String decisionId, String kind, LocalDate decidedOn,
                               List<String> differences) {

    public VerifiedMismatch {
        differences = List.copyOf(differences);
    }
}
