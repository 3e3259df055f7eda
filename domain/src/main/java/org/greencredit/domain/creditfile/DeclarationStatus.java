package org.greencredit.domain.creditfile;

/** Where a declared item stands. */
public enum DeclarationStatus {
    /** 待核查 */
    PENDING,
    /** 核查属实: counts as a fact */
    CONFIRMED,
    /** 不予认定 */
    REJECTED,
    /** 虚假申报 */
    FALSE,
    /** 未核查: still pending when verification closed; never counts */
    LAPSED
}
