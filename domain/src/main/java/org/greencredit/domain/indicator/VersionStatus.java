package org.greencredit.domain.indicator;

/** Where an indicator system version stands in the catalog. */
public enum VersionStatus {
    /** 草稿: may still be replaced */
    DRAFT,
    /** 已发布: immutable; cycles may use it */
    PUBLISHED,
    /** 已停用: kept for the decisions made with it */
    RETIRED
}
