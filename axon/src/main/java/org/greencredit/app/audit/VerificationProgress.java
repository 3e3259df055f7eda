package org.greencredit.app.audit;

/** Told how far a verification of every decision has come: credit files fully checked, of how many there are. */
@FunctionalInterface
public interface VerificationProgress {

    VerificationProgress NONE = (done, total) -> { };

    void creditFilesDone(long done, long total);
}
