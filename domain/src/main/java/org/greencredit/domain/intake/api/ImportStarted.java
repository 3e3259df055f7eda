package org.greencredit.domain.intake.api;

import org.axonframework.serialization.Revision;
import org.greencredit.domain.intake.ImportChannel;
import org.greencredit.domain.intake.ImportKind;

/** 导入已开始: who imported what, by which channel, with how many rows. */
@Revision("1")
public record ImportStarted(String importId, ImportKind kind, ImportChannel channel, String fileName, long sizeBytes,
                            String sha256, int rows, String importedBy) {
}
