package org.greencredit.domain.dataerror.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 逾期未办结: the report is still open after its deadline; it stays open and can still be decided. */
@Revision("1")
public record DataErrorDecisionOverdue(String reportId, String creditCode, String factId,
                                       LocalDate dueOn) {
}
