package org.greencredit.projections.inspection;

/**
 * 一公开: what is published of a period's plan — the enterprises checked, how, and their results — without
 * inspectors, notes or violation ids; null if the period was not drawn.
 */
public record FindPublishedInspections(String period) {
}
