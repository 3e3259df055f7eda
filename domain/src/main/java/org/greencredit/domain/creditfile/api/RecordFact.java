package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;

/**
 * 记录信用信息: records one fact — a violation, an exceedance, a complaint, an award… — with its business date,
 * source, evidence and the attributes of its type ({@link FactType}). {@code factId} is a UUID chosen by the caller,
 * so a retried command cannot record the fact twice.
 */
public record RecordFact(@TargetAggregateIdentifier String creditCode, String factId, FactType type,
                         LocalDate occurredOn, FactSource source, Evidence evidence, FactAttributes attributes) {
}
