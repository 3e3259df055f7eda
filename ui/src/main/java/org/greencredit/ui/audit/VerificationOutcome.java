package org.greencredit.ui.audit;

import java.util.List;

/** What a verification of every decision found: how many decisions, how many reproduced exactly, and the rest. */
public record VerificationOutcome(long creditFiles, long decisions, long matched,
                                  List<VerifiedMismatch> mismatches) {

    public VerificationOutcome {
        mismatches = List.copyOf(mismatches);
    }
}
