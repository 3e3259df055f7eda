package org.greencredit.domain.creditfile;

import java.time.LocalDate;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;

/** A fact as the credit file holds it: what was recorded, with its current attributes and status. */
public record RecordedFact(String factId, FactType type, LocalDate occurredOn, FactSource source, Evidence evidence,
                           FactAttributes attributes, FactStatus status) {

    RecordedFact withCorrection(FactStatus newStatus, FactAttributes newAttributes) {
        return new RecordedFact(factId, type, occurredOn, source, evidence, newAttributes, newStatus);
    }

    public boolean counts() {
        return status == FactStatus.COUNTED || status == FactStatus.CHANGED;
    }
}
