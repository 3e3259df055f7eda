package org.greencredit.domain.enterprise;

/** 街道、乡镇 of 通州区: where an enterprise is located, and the unit of the district's territorial supervision. */
public enum Subdistrict {
    /** 中仓街道 */
    ZHONGCANG,
    /** 新华街道 */
    XINHUA,
    /** 北苑街道 */
    BEIYUAN,
    /** 玉桥街道 */
    YUQIAO,
    /** 潞源街道 */
    LUYUAN,
    /** 通运街道 */
    TONGYUN,
    /** 文景街道 */
    WENJING,
    /** 九棵树街道 */
    JIUKESHU,
    /** 临河里街道 */
    LINHELI,
    /** 杨庄街道 */
    YANGZHUANG,
    /** 潞邑街道 */
    LUYI,
    /** 宋庄镇 */
    SONGZHUANG,
    /** 张家湾镇 */
    ZHANGJIAWAN,
    /** 漷县镇 */
    HUOXIAN,
    /** 马驹桥镇 */
    MAJUQIAO,
    /** 西集镇 */
    XIJI,
    /** 台湖镇 */
    TAIHU,
    /** 永乐店镇 */
    YONGLEDIAN,
    /** 潞城镇 */
    LUCHENG,
    /** 永顺镇 */
    YONGSHUN,
    /** 梨园镇 */
    LIYUAN,
    /** 于家务回族乡 */
    YUJIAWU
}
