package org.greencredit.domain.dataerror.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 不予更正: the report is closed with the officer's reason; the fact stands. */
@Revision("1")
public record DataErrorReportRefused(String reportId, String creditCode, String factId, String reason,
                                     LocalDate refusedOn) {
}
