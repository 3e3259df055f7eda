package org.greencredit.domain.creditfile;

import java.time.LocalDate;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;

/** An item the enterprise declared in a cycle's declaration window, and where its verification stands. */
public record DeclaredItem(String itemId, String cycleId, FactType type, LocalDate occurredOn, Evidence evidence,
                           FactAttributes attributes, DeclarationStatus status) {

    DeclaredItem withStatus(DeclarationStatus newStatus) {
        return new DeclaredItem(itemId, cycleId, type, occurredOn, evidence, attributes, newStatus);
    }
}
