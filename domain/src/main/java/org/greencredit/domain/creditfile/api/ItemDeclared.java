package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;

/** 已申报, pending verification. */
@Revision("1")
public record ItemDeclared(String creditCode, String itemId, FactType type, LocalDate occurredOn, Evidence evidence,
                           FactAttributes attributes) {
}
