package org.greencredit.domain.enterprise;

/** 排污许可管理类别. */
public enum ManagementClass {
    /** 重点管理: holds a discharge permit (P) */
    KEY,
    /** 简化管理: holds a discharge permit (P) */
    SIMPLIFIED,
    /** 登记管理: holds a registration (W) */
    REGISTRATION;

    /** The last character of the permit number this class goes with. */
    public char permitKind() {
        return this == REGISTRATION ? 'W' : 'P';
    }
}
