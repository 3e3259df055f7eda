package org.greencredit.domain.fact;

/** 环境保护税 payment status. */
public enum TaxStatus {
    /** 已缴纳 */
    PAID,
    /** 欠缴 */
    ARREARS
}
