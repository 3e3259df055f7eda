package org.greencredit.domain.creditfile;

/** 等级决定类型. */
public enum DecisionKind {
    /** 初评: graded when verification closes, then disclosed */
    PRELIMINARY,
    /** 复核: regraded after an upheld objection */
    REVIEWED,
    /** 公开: the grade published at the end of the cycle */
    FINAL,
    /** 动态调整: regraded after publication because of a new serious fact or a correction */
    DYNAMIC,
    /** 修复: regraded after an approved credit repair */
    REPAIR;

    /** Whether a decision of this kind puts a grade in force (DOMAIN.md, "Supervision"). */
    public boolean inForce() {
        return this != PRELIMINARY;
    }
}
