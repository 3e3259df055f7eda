package org.greencredit.domain.creditfile.api;

/** 现场核查结论 for a declared item. */
public enum VerificationOutcome {
    /** 属实: the item counts as a fact */
    CONFIRMED,
    /** 不予认定: the item does not count */
    REJECTED,
    /** 虚假: the item does not count and a false declaration is recorded against the enterprise */
    FALSE
}
