package org.greencredit.domain.inspection;

/** 检查结果 of one drawn enterprise. */
public enum InspectionOutcome {
    /** 未发现问题 */
    NO_PROBLEM,
    /** 发现问题: names the violation fact it produced, now or once recorded */
    PROBLEM_FOUND,
    /** 未检查: with the reason (closed down, not found at the address, …) */
    NOT_INSPECTED
}
