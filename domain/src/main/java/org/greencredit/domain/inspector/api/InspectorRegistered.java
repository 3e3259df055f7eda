package org.greencredit.domain.inspector.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 执法人员已登记. {@code certificateNumber} is canonical; {@code username} is null when no account is linked. */
@Revision("1")
public record InspectorRegistered(String inspectorId, String name, String department, String certificateNumber,
                                  String username, LocalDate registeredOn, String registeredBy) {
}
