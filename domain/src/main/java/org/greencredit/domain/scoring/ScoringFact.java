package org.greencredit.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.greencredit.domain.fact.AttributeDefinition;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;

/**
 * A fact prepared for scoring: its attributes with the schema's defaults filled in (a violation without
 * {@code fineYuan} was fined 0) and its dates parsed once.
 */
final class ScoringFact {

    final ResolvedFact fact;
    final FactType type;
    final LocalDate occurredOn;
    final Map<String, Object> values;
    final LocalDate deadline;
    final LocalDate validUntil;

    ScoringFact(ResolvedFact fact) {
        this.fact = fact;
        this.type = fact.type();
        this.occurredOn = fact.occurredOn();
        this.values = new HashMap<>(fact.attributes().asMap());
        for (AttributeDefinition attribute : type.attributes()) {
            if (attribute.defaultValue() != null) {
                values.putIfAbsent(attribute.name(), defaultOf(attribute.defaultValue()));
            }
        }
        this.deadline = fact.attributes().date("deadline");
        this.validUntil = fact.attributes().date("validUntil");
    }

    String id() {
        return fact.factId();
    }

    String text(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    BigDecimal number(String name) {
        Object value = values.get(name);
        return value instanceof BigDecimal number ? number : null;
    }

    private static Object defaultOf(Object value) {
        return value instanceof BigDecimal number ? number : value;
    }
}
