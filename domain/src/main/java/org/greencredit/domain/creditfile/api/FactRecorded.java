package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;

/** 信用信息已记录: one fact with its attributes in canonical form, defaults filled in. */
@Revision("1")
public record FactRecorded(String creditCode, String factId, FactType type, LocalDate occurredOn, FactSource source,
                           Evidence evidence, FactAttributes attributes) {
}
