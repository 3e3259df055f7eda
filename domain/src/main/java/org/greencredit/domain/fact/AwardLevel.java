package org.greencredit.domain.fact;

/** Government level of an award (表彰奖励). */
public enum AwardLevel {
    /** 国家级 */
    NATIONAL,
    /** 市级 */
    MUNICIPAL,
    /** 区级 */
    DISTRICT
}
