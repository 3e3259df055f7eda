package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;

/**
 * 已申报, pending verification, in the declaration window of {@code cycleId}. Revision 1 had no cycle; such items
 * read with a null cycle.
 */
@Revision("2")
public record ItemDeclared(String creditCode, String itemId, String cycleId, FactType type, LocalDate occurredOn,
                           Evidence evidence, FactAttributes attributes) {
}
