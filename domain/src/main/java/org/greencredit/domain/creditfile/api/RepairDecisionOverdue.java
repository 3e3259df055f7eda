package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 修复审核逾期. */
@Revision("1")
public record RepairDecisionOverdue(String creditCode, String applicationId, LocalDate dueOn) {
}
