package org.greencredit.domain.inspection;

/** On-site inspections of an enterprise in the earlier quarters of the plan's year (not those recorded as not inspected). */
public record VisitCount(String creditCode, int visits) {
}
