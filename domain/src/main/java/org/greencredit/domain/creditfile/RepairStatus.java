package org.greencredit.domain.creditfile;

/** Where a repair application stands. */
public enum RepairStatus {
    /** 待审核 */
    PENDING,
    /** 已批准 */
    APPROVED,
    /** 已驳回 */
    REJECTED
}
