package org.greencredit.domain.creditfile.api;

/** 修复审核结论. */
public enum RepairOutcome {
    APPROVED,
    REJECTED
}
