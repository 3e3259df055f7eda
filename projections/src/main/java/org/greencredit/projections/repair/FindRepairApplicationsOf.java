package org.greencredit.projections.repair;

/** Every repair application of one enterprise, newest first. */
public record FindRepairApplicationsOf(String creditCode) {
}
