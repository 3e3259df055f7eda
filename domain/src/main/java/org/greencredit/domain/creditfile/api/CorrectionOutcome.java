package org.greencredit.domain.creditfile.api;

/** 行政复议/诉讼结果 for a violation. */
public enum CorrectionOutcome {
    /** 撤销: the penalty no longer counts */
    REVOKED,
    /** 变更: the penalty counts with new attributes */
    CHANGED
}
