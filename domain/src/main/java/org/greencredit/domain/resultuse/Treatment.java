package org.greencredit.domain.resultuse;

/** How a department treats an enterprise of a result list: 守信激励 (preferential) or 失信惩戒 (with caution). */
public enum Treatment {
    /** 优先: the use's preference applies (priority handling, priority funding, …). */
    PREFERENTIAL,
    /** 审慎: the department applies the use with caution (no preference, closer scrutiny). */
    CAUTION
}
