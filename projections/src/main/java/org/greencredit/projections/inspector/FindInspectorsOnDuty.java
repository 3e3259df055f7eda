package org.greencredit.projections.inspector;

/**
 * The active law-enforcement officers of the 执法人员名录 who can be drawn for an inspection, each with the
 * enterprises they must not inspect (回避); answered as {@link InspectorsOnDuty}.
 */
public record FindInspectorsOnDuty() {
}
