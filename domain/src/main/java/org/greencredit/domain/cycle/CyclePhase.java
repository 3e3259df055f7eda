package org.greencredit.domain.cycle;

/** Where a cycle stands as a whole. */
public enum CyclePhase {
    /** 自行申报 */
    DECLARATION,
    /** 现场核查 */
    VERIFICATION,
    /** 公示 (objections accepted) */
    DISCLOSURE,
    /** 复核: disclosure over, objections being reviewed, publication pending */
    REVIEW,
    /** 公开: final grades published */
    PUBLISHED,
    /** 已结束 */
    CLOSED
}
