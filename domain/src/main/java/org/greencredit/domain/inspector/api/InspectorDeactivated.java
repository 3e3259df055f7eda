package org.greencredit.domain.inspector.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 执法人员已停用. */
@Revision("1")
public record InspectorDeactivated(String inspectorId, String reason, LocalDate deactivatedOn, String deactivatedBy) {
}
