package org.greencredit.projections.inspection;

/** 我的检查任务: the inspections of the draws in force an inspector was drawn for, newest period first. */
public record FindInspectionsOfInspector(String inspectorId) {
}
