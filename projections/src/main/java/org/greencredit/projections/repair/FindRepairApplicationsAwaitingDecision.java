package org.greencredit.projections.repair;

/** 待审核修复申请: every pending application, earliest deadline first. Subscribers receive each changed one. */
public record FindRepairApplicationsAwaitingDecision() {
}
