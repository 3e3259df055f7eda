package org.greencredit.app.audit;

import org.greencredit.ui.audit.DecisionVerification;
import org.greencredit.ui.audit.VerificationOutcome;
import org.greencredit.ui.audit.VerifiedMismatch;
import org.springframework.stereotype.Component;

/** The audit view's decision verification, done by the {@link DecisionVerifier}. */
@Component
public class VerifierDecisionVerification implements DecisionVerification {

    private final DecisionVerifier verifier;

    public VerifierDecisionVerification(DecisionVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public VerificationOutcome verifyAll(Progress progress) {
        VerificationReport report = verifier.verifyAll(progress::creditFilesDone);
        return new VerificationOutcome(report.creditFiles(), report.decisions(), report.matched(),
                                       report.mismatches().stream()
                                             .map(mismatch -> new VerifiedMismatch(
                                                     mismatch.creditCode(), mismatch.decisionId(), mismatch.kind(),
                                                     mismatch.decidedOn(), mismatch.differences()))
                                             .toList());
    }
}
