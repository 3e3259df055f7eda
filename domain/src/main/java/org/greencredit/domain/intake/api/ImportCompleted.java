package org.greencredit.domain.intake.api;

import org.axonframework.serialization.Revision;

/** 导入已完成: how the rows of an import ended. */
@Revision("1")
public record ImportCompleted(String importId, ImportCounts counts) {
}
