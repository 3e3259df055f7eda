package org.greencredit.domain.inspector.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 执法人员信息已修改: every detail as it is from now on, not only those that changed. */
@Revision("1")
public record InspectorDetailsChanged(String inspectorId, String name, String department, String certificateNumber,
                                      String username, LocalDate changedOn, String changedBy) {
}
