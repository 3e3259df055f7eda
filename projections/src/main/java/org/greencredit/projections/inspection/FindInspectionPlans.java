package org.greencredit.projections.inspection;

/** Every drawn period, newest first, without its enterprises. */
public record FindInspectionPlans() {
}
