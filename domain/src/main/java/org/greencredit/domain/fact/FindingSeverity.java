package org.greencredit.domain.fact;

/** How serious a diagnosis finding is. */
public enum FindingSeverity {
    /** 一般问题 */
    MINOR,
    /** 重大问题 */
    MAJOR
}
