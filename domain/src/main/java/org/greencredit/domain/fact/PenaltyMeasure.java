package org.greencredit.domain.fact;

/** 处罚措施 taken against a violation. */
public enum PenaltyMeasure {
    /** 责令改正 */
    ORDER_CORRECTION,
    /** 警告 */
    WARNING,
    /** 罚款 */
    FINE,
    /** 没收 */
    CONFISCATION,
    /** 限制生产 */
    LIMIT_PRODUCTION,
    /** 停产整治 */
    SUSPEND_PRODUCTION,
    /** 查封扣押 */
    SEAL_DETAIN,
    /** 按日连续处罚 */
    DAILY_PENALTY,
    /** 移送行政拘留 */
    DETENTION_TRANSFER,
    /** 移送司法机关 */
    CRIMINAL_TRANSFER
}
