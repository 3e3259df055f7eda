package org.greencredit.domain.creditfile;

/** Where an objection stands. */
public enum ObjectionStatus {
    /** 待复核 */
    FILED,
    /** 异议成立, facts being corrected before the REVIEWED decision */
    UPHELD,
    /** 异议不成立: the preliminary grade stands */
    REJECTED,
    /** 已重新评定 */
    REGRADED;

    public boolean concluded() {
        return this == REJECTED || this == REGRADED;
    }
}
