package org.greencredit.domain.enterprise;

/** Why an enterprise left the scope of evaluation (退出评价范围). */
public enum ScopeExitReason {
    /** 关闭、注销 */
    CLOSED,
    /** 迁出本区 */
    RELOCATED,
    /** 被合并 */
    MERGED
}
