package org.greencredit.domain.creditfile.api;

/** 复核结论. */
public enum ObjectionOutcome {
    /** 异议成立: facts are corrected and the enterprise regraded */
    UPHELD,
    /** 异议不成立: the preliminary grade stands */
    REJECTED
}
