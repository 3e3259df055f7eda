package org.greencredit.domain.fact;

/** 信息来源: where a fact came from. */
public enum FactSource {
    /** 执法 */
    ENFORCEMENT,
    /** 监测 */
    MONITORING,
    /** 信访投诉平台 */
    COMPLAINT_PLATFORM,
    /** 税务 */
    TAX,
    /** 企业自行申报 */
    SELF_DECLARATION,
    /** 第三方评价机构 */
    THIRD_PARTY,
    /** 其他部门 */
    OTHER_DEPARTMENT
}
