package org.greencredit.domain.fact;

/** 环境要素: the environmental medium a violation or exceedance concerns. */
public enum Medium {
    /** 大气 */
    AIR,
    /** 水 */
    WATER,
    /** 土壤 */
    SOIL,
    /** 噪声 */
    NOISE,
    /** 不涉及 */
    NONE
}
