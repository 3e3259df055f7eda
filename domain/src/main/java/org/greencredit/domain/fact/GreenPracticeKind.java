package org.greencredit.domain.fact;

/** 绿色低碳 practice or result. */
public enum GreenPracticeKind {
    /** 清洁生产审核 */
    CLEANER_PRODUCTION_AUDIT,
    /** ISO 14001 环境管理体系认证 */
    ISO14001,
    /** 绿色工厂 */
    GREEN_FACTORY,
    /** 绿色供应链 */
    GREEN_SUPPLY_CHAIN,
    /** 重污染天气绩效分级 */
    HEAVY_POLLUTION_PERFORMANCE,
    /** 碳排放履约 */
    CARBON_COMPLIANCE,
    /** 碳排放未履约 */
    CARBON_NONCOMPLIANCE,
    /** 能耗强度下降 */
    ENERGY_INTENSITY_DOWN,
    /** 清洁能源 */
    CLEAN_ENERGY,
    /** 自愿信息披露 */
    VOLUNTARY_DISCLOSURE
}
