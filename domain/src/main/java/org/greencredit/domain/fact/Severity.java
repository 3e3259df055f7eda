package org.greencredit.domain.fact;

/** 违法情节: how serious a violation is. */
public enum Severity {
    /** 轻微 */
    MINOR,
    /** 一般 */
    GENERAL,
    /** 较重 */
    SERIOUS,
    /** 严重 */
    GRAVE
}
