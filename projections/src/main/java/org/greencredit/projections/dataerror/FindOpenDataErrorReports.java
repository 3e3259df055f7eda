package org.greencredit.projections.dataerror;

/** The officer's queue: every open data error report, the nearest deadline first. */
public record FindOpenDataErrorReports() {
}
