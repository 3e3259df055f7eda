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
 * so a retried command cannot record the fact twice. A fact imported from a source system also names its source
 * record ({@code sourceRecordId}; the fact id is then derived from source and record, see
 * {@link org.greencredit.domain.intake.SourceRecord}) and the import it came with; both are null for a fact
 * entered by hand.
 */
public record RecordFact(@TargetAggregateIdentifier String creditCode, String factId, FactType type,
                         LocalDate occurredOn, FactSource source, Evidence evidence, FactAttributes attributes,
                         String sourceRecordId, String importId) {

    public RecordFact(String creditCode, String factId, FactType type, LocalDate occurredOn, FactSource source,
                      Evidence evidence, FactAttributes attributes) {
        this(creditCode, factId, type, occurredOn, source, evidence, attributes, null, null);
    }
}
