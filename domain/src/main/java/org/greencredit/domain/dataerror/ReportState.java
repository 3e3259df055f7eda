package org.greencredit.domain.dataerror;

/** Where a data error report stands. */
public enum ReportState {
    /** 待处理: reported, awaiting an officer */
    OPEN,
    /** 已更正: the fact was corrected and the report resolved with that correction */
    CORRECTED,
    /** 不予更正: refused with a reason */
    REFUSED,
    /** 已撤回: withdrawn by the enterprise */
    WITHDRAWN
}
