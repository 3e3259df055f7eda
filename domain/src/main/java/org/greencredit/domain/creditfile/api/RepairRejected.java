package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 信用修复申请已驳回. */
@Revision("1")
public record RepairRejected(String creditCode, String applicationId, String reason, LocalDate rejectedOn) {
}
