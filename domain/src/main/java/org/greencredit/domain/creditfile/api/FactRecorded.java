package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;

/**
 * 信用信息已记录: one fact with its attributes in canonical form, defaults filled in. An imported fact names its
 * source record and its import; both are null for facts entered by hand. Revision 1 had neither; it reads as this
 * form with both null, no upcaster needed.
 */
@Revision("2")
public record FactRecorded(String creditCode, String factId, FactType type, LocalDate occurredOn, FactSource source,
                           Evidence evidence, FactAttributes attributes, String sourceRecordId, String importId) {

    public FactRecorded(String creditCode, String factId, FactType type, LocalDate occurredOn, FactSource source,
                        Evidence evidence, FactAttributes attributes) {
        this(creditCode, factId, type, occurredOn, source, evidence, attributes, null, null);
    }
}
