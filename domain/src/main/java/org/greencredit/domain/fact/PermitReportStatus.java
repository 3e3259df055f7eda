package org.greencredit.domain.fact;

/** 排污许可执行报告 submission status. */
public enum PermitReportStatus {
    /** 按时提交 */
    ON_TIME,
    /** 逾期提交 */
    LATE,
    /** 未提交 */
    MISSING
}
