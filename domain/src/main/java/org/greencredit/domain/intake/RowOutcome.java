package org.greencredit.domain.intake;

/** 处理结果 of one row of an import. */
public enum RowOutcome {
    /** 新增: valid and not yet recorded — what a preview expects to store */
    NEW,
    /** 已导入: stored by this import */
    RECORDED,
    /** 已存在: the same source record with the same content was recorded before; nothing stored */
    ALREADY_RECORDED,
    /** 冲突: the source record was recorded before with different content; to be handled by a correction */
    CONFLICT,
    /** 拒绝: invalid; nothing stored */
    REFUSED
}
