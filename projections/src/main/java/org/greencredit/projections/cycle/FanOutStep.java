package org.greencredit.projections.cycle;

/** Which phase change of a cycle is being carried to every credit file of its batch. */
public enum FanOutStep {
    /** 开启评价: every evaluation of the batch opens. */
    OPEN_EVALUATIONS,
    /** 申报截止: declarations close. */
    CLOSE_DECLARATIONS,
    /** 评定等级并公示: each file is graded and its preliminary grade disclosed. */
    GRADE_AND_DISCLOSE,
    /** 公示结束. */
    CLOSE_DISCLOSURE,
    /** 发布最终等级. */
    PUBLISH_FINAL_GRADES
}
