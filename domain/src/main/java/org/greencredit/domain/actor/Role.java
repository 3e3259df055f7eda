package org.greencredit.domain.actor;

/** 角色: what a user may do (REQUIREMENTS.md, "Who uses it"). */
public enum Role {
    /** 系统管理员: users, indicator system versions, projection rebuilds */
    ADMIN,
    /** 区生态环境局工作人员: registers enterprises, records facts, runs cycles, decides objections and repairs */
    OFFICER,
    /** 第三方评价机构: on-site verification and environmental diagnosis */
    ASSESSOR,
    /** 复核人员: decides objections */
    REVIEWER,
    /** 审计、纪检: read-only, replays decisions */
    AUDITOR,
    /** 企业环保联系人: its own declarations, objections and repair applications */
    ENTERPRISE,
    /** 其他部门、银行、信用平台: reads final grades */
    PARTNER,
    /**
     * 数据来源系统 (执法、监测、信访投诉平台、税务、其他部门的业务系统): submits batches of facts of its own source
     * through the intake interface, and nothing else — no web UI, no other endpoint
     */
    SOURCE_SYSTEM,
    /** the system itself, acting on deadlines and schedules */
    SYSTEM,
    /**
     * 执法人员: a law-enforcement officer of the 执法人员名录, linked to their directory entry by username; records the
     * results of the random inspections (双随机、一公开) they were drawn for
     */
    INSPECTOR
}
