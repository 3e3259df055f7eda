package org.greencredit.domain.fact;

/** 违法类别 of an environmental violation (行政处罚). */
public enum ViolationCategory {
    /** 未批先建 */
    EIA_UNAPPROVED_CONSTRUCTION,
    /** 未验先投 */
    ACCEPTANCE_NOT_COMPLETED,
    /** 无证排污 */
    NO_PERMIT_DISCHARGE,
    /** 未按证排污 */
    PERMIT_NONCOMPLIANCE,
    /** 超标排放 */
    EXCEEDING_STANDARDS,
    /** 超总量 */
    EXCEEDING_TOTAL_LOAD,
    /** 设施不正常运行 */
    FACILITY_ABNORMAL,
    /** 逃避监管排放 */
    EVASIVE_DISCHARGE,
    /** 篡改伪造监测数据 */
    DATA_FALSIFICATION,
    /** 未自行监测 */
    SELF_MONITORING_FAILURE,
    /** 未公开环境信息 */
    DISCLOSURE_FAILURE,
    /** 危险废物 */
    HAZARDOUS_WASTE,
    /** 一般固废 */
    SOLID_WASTE,
    /** 噪声 */
    NOISE,
    /** 扬尘/VOCs */
    DUST_VOC,
    /** 环境风险与应急 */
    RISK_EMERGENCY,
    /** 拒绝阻挠检查 */
    OBSTRUCTING_INSPECTION,
    /** 台账 */
    LEDGER_RECORDS,
    /** 其他 */
    OTHER
}
