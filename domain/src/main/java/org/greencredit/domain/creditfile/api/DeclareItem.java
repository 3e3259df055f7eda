package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;

/**
 * 企业自行申报: the enterprise declares an item (a green practice, a rectification, a permit report, a credit
 * commitment or an award). It counts only once an assessor has confirmed it.
 */
public record DeclareItem(@TargetAggregateIdentifier String creditCode, String itemId, FactType type,
                          LocalDate occurredOn, Evidence evidence, FactAttributes attributes) {
}
