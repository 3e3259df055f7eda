package org.greencredit.projections.trial;

/** The recorded 试评价 runs of one indicator system version (by version name), latest first. */
public record FindTrialRuns(String system, String version) {
}
