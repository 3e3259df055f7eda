package org.greencredit.domain.intake;

/** 导入方式: how the rows reached the bureau. */
public enum ImportChannel {
    /** 文件导入: a CSV or XLSX file uploaded by an officer */
    FILE,
    /** 接口报送: a batch sent by a source system through the machine interface */
    API
}
