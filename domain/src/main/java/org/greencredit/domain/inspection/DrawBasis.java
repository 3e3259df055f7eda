package org.greencredit.domain.inspection;

/** Why an enterprise is in a plan. */
public enum DrawBasis {
    /** 随机抽取: drawn at random from its tier */
    RANDOM,
    /** 年度最低检查次数: without this quarter it could no longer get its tier's minimum of on-site visits this year */
    YEARLY_MINIMUM,
    /** 正面清单: exempt from on-site draws, checked off site */
    OFF_SITE
}
