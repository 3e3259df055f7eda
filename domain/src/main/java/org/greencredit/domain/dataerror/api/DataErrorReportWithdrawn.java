package org.greencredit.domain.dataerror.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 数据纠错已撤回 by the enterprise. */
@Revision("1")
public record DataErrorReportWithdrawn(String reportId, String creditCode, String factId, LocalDate withdrawnOn) {
}
