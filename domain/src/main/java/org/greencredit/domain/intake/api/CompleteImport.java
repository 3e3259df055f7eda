package org.greencredit.domain.intake.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 完成导入: records how the rows of an import ended; the counts add up to its rows. */
public record CompleteImport(@TargetAggregateIdentifier String importId, ImportCounts counts) {
}
