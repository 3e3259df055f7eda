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
        this.values = withDefaults(fact.attributes().asMap(), type);
        this.deadline = fact.attributes().date("deadline");
        this.validUntil = fact.attributes().date("validUntil");
    }

    /** The attributes with every missing defaulted attribute added; the given map itself when nothing is missing. */
    private static Map<String, Object> withDefaults(Map<String, Object> attributes, FactType type) {
        Map<String, Object> values = attributes;
        for (AttributeDefinition attribute : type.attributes()) {
            if (attribute.defaultValue() != null && !attributes.containsKey(attribute.name())) {
                if (values == attributes) {
                    values = new HashMap<>(attributes);
                }
                values.put(attribute.name(), attribute.defaultValue());
            }
        }
        return values;
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
}
