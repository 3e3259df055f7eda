package org.greencredit.domain.resultuse;

/**
 * 评价结果应用: the uses of grades outside supervision that the district's implementation plan names (（三）强化结果应用),
 * each a list a department of the working group keeps of the enterprises it treats preferentially or with caution.
 */
public enum ResultUse {
    /** 行政许可优先办理: priority handling and simplified procedure of environmental permits. */
    LICENSING,
    /** 专项资金优先安排: priority in environmental special funds and other subsidies. */
    SPECIAL_FUNDS,
    /** 表彰奖励优先支持: priority in commendations and awards (评优评先, 专精特新 recommendations). */
    AWARDS,
    /** 排污权交易、总量分配政策倾斜: favourable treatment in emissions trading and total-load allocation. */
    EMISSIONS_TRADING,
    /** 绿色信贷、信易贷: green credit at banks and loans through the 信易贷 platform. */
    GREEN_FINANCE
}
