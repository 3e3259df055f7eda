package org.greencredit.projections.repair;

/** How many applications {@link FindRepairApplicationsAwaitingDecision} would list. */
public record CountRepairApplicationsAwaitingDecision() {
}
