package org.greencredit.app.notify;

/** The deadlines an enterprise is reminded of, each concerning one enterprise and one cycle, application or finding. */
public enum NoticeDeadline {
    /** 自行申报截止 */
    DECLARATION,
    /** 异议截止: the end of disclosure */
    OBJECTION,
    /** 异议复核期限 */
    OBJECTION_REVIEW,
    /** 信用修复审核期限 */
    REPAIR_DECISION,
    /** 整改期限 of a diagnosis finding */
    RECTIFICATION;

    String id(String creditCode, String reference) {
        return name() + ":" + creditCode + ":" + reference;
    }
}
