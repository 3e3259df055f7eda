package org.greencredit.ui.audit;

/**
 * 决定核验 as the audit view needs it: every stored grade decision checked again against the events before it.
 * Implemented in the application over its decision verifier; slow (one pass over the whole store), so callers run
 * it off the UI thread.
 */
public interface DecisionVerification {

    VerificationOutcome verifyAll(Progress progress);

    /** Told each time a credit file has been checked completely. */
    @FunctionalInterface
    interface Progress {

        void creditFilesDone(long done, long total);
    }
}
