package org.greencredit.domain.fact;

/** 突发环境事件等级. */
public enum IncidentLevel {
    /** 一般 */
    GENERAL,
    /** 较大 */
    LARGER,
    /** 重大 */
    MAJOR,
    /** 特别重大 */
    EXTRAORDINARY
}
