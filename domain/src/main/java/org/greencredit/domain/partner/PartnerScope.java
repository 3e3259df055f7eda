package org.greencredit.domain.partner;

/**
 * 接口权限范围: which reads of the partner API (合作方接口) a client may make. Every scope reads published results
 * only (FINAL, REVIEWED, DYNAMIC and REPAIR decisions); a preliminary grade is never a partner's to read.
 */
public enum PartnerScope {
    /** 单户查询: the effective result of one enterprise by credit code */
    LOOKUP,
    /** 批量查询: up to 1,000 credit codes in one request */
    BATCH,
    /** 变更订阅: every change of published results since a cursor, to keep a copy in sync */
    CHANGES,
    /** 周期结果: the published results of one evaluation cycle */
    CYCLE_RESULTS
}
