package org.greencredit.domain.indicator;

/**
 * 信用修复条件: what must hold before a grade is repaired. The waiting period always applies; a version names the
 * others it requires ({@code repair.requires}).
 */
public enum RepairConditionKind {
    WAITING_PERIOD,
    FINDINGS_RECTIFIED,
    PENALTIES_FULFILLED,
    NO_NEW_VIOLATION_SINCE_GRADE,
    COMMITMENT_SIGNED;

    /** Whether a version may list it in {@code repair.requires}: the waiting period is not optional. */
    public boolean requirable() {
        return this != WAITING_PERIOD;
    }
}
