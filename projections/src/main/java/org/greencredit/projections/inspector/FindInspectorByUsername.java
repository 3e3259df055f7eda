package org.greencredit.projections.inspector;

/**
 * The directory entry linked to the sign-in account {@code username}, as an {@link InspectorSummary}, or null when no
 * entry names it. Should two entries name one account, the active one with the lowest id is answered.
 */
public record FindInspectorByUsername(String username) {
}
