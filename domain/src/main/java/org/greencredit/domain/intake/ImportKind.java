package org.greencredit.domain.intake;

/** 导入内容: what the rows of an import are. */
public enum ImportKind {
    /** 企业名录（固定污染源）: enterprises to register */
    ENTERPRISES,
    /** 信用信息: facts to record in the credit files */
    FACTS
}
