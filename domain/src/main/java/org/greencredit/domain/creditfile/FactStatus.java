package org.greencredit.domain.creditfile;

/** Where a recorded fact stands. */
public enum FactStatus {
    /** 计入: counts as recorded */
    COUNTED,
    /** 已变更: counts, with the attributes of its latest correction */
    CHANGED,
    /** 已撤销: revoked on reconsideration or litigation; does not count */
    REVOKED,
    /** 已修复: approved for credit repair; does not count from the approval on */
    REPAIRED
}
