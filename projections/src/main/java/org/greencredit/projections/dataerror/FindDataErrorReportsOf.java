package org.greencredit.projections.dataerror;

/** Every data error report of one enterprise, newest first. */
public record FindDataErrorReportsOf(String creditCode) {
}
