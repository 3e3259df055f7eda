package org.greencredit.projections.deadline;

/** The deadlines of the procedure that the system itself acts on when they pass. */
public enum DeadlineKind {
    /** 申报截止: the cycle's declarations close */
    CYCLE_DECLARATION,
    /** 核查截止: the cycle's verification closes and its enterprises are graded */
    CYCLE_VERIFICATION,
    /** 公示期满: the cycle's disclosure ends */
    CYCLE_DISCLOSURE,
    /** 复核期限: an objection not reviewed in time is flagged overdue */
    OBJECTION_REVIEW,
    /** 修复审核期限: a repair application not decided in time is flagged overdue */
    REPAIR_DECISION,
    /** 数据纠错办理期限: a data error report not answered in time is flagged overdue */
    DATA_ERROR_DECISION
}
