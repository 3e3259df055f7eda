package org.greencredit.domain.fact;

/** 环境诊断 area of a finding. */
public enum DiagnosisArea {
    /** 环保手续 */
    PROCEDURES,
    /** 污染防治设施 */
    FACILITIES,
    /** 污染物排放 */
    DISCHARGE,
    /** 环境管理 */
    MANAGEMENT
}
