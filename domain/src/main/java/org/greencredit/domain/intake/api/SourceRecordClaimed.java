package org.greencredit.domain.intake.api;

import org.axonframework.serialization.Revision;
import org.greencredit.domain.fact.FactSource;

/** 来源记录已登记: a source record became the fact {@code factId} of the credit file {@code creditCode}. */
@Revision("1")
public record SourceRecordClaimed(String claimId, FactSource source, String sourceRecordId, String creditCode,
                                  String factId) {
}
