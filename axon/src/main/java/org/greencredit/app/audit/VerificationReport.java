package org.greencredit.app.audit;

import java.time.Duration;
import java.util.List;

/** The outcome of verifying stored decisions: how many were checked, how many matched, and every mismatch. */
public record VerificationReport(long creditFiles, long decisions, long matched, List<DecisionMismatch> mismatches,
                                 Duration took) {

    public VerificationReport {
        mismatches = List.copyOf(mismatches);
    }

    public boolean allMatched() {
        return mismatches.isEmpty();
    }
}
