package org.greencredit.projections.inspection;

/** One period's inspection plan: its draws (the one in force and those superseded) and its enterprises; null if not drawn. */
public record FindInspectionPlan(String period) {
}
