package org.greencredit.domain.inspector.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 回避已撤销. */
@Revision("1")
public record InspectorRecusalWithdrawn(String inspectorId, String creditCode, String reason, LocalDate withdrawnOn,
                                        String withdrawnBy) {
}
