package org.greencredit.projections.dataerror;

/** One data error report by its id; answered with an empty list when there is none. */
public record FindDataErrorReport(String reportId) {
}
