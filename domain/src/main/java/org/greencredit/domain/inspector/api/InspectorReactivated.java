package org.greencredit.domain.inspector.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 执法人员已恢复. */
@Revision("1")
public record InspectorReactivated(String inspectorId, String reason, LocalDate reactivatedOn, String reactivatedBy) {
}
