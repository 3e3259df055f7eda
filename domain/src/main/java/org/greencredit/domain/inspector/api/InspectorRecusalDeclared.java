package org.greencredit.domain.inspector.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 回避已登记: the inspector is not drawn for the enterprise {@code creditCode} (canonical form). */
@Revision("1")
public record InspectorRecusalDeclared(String inspectorId, String creditCode, String reason, LocalDate declaredOn,
                                       String declaredBy) {
}
