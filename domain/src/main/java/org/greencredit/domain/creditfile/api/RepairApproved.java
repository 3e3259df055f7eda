package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** 信用修复已批准: the facts stop counting from {@code approvedOn}. */
@Revision("1")
public record RepairApproved(String creditCode, String applicationId, List<String> factIds, LocalDate approvedOn) {
}
