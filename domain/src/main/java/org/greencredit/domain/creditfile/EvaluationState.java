package org.greencredit.domain.creditfile;

/** Where one enterprise's evaluation in one cycle stands (the state machine is tabled in docs/procedure.md). */
public enum EvaluationState {
    /** 自行申报中 */
    DECLARATION,
    /** 现场核查中 */
    VERIFICATION,
    /** 核查完毕, waiting for the cycle's grading */
    VERIFIED,
    /** 已初评: disclosed, possibly objected to, reviewed and regraded, waiting for publication */
    GRADED,
    /** 已公开 */
    PUBLISHED;

    /** Whether items may still be declared or verified: only one evaluation of an enterprise may be at this stage. */
    public boolean beforeGrading() {
        return this == DECLARATION || this == VERIFICATION || this == VERIFIED;
    }
}
