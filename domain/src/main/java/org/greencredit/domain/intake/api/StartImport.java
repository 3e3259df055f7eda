package org.greencredit.domain.intake.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.intake.ImportChannel;
import org.greencredit.domain.intake.ImportKind;

/**
 * 开始导入: records that an import begins — what it holds, how it came (a file with its name, size and SHA-256, or
 * a batch from a source system with the batch's name and the SHA-256 of its content) and how many rows it has.
 * Every fact it stores references {@code importId}.
 */
public record StartImport(@TargetAggregateIdentifier String importId, ImportKind kind, ImportChannel channel,
                          String fileName, long sizeBytes, String sha256, int rows) {
}
