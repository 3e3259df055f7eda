package org.greencredit.domain.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.fact.FactType;

/**
 * Which facts a rule is about: the fact type, conditions on attributes that must all hold, optionally alternatives
 * of which one must hold ({@code anyOf}), and two conditions judged at the decision date: {@code overdue} (a
 * diagnosis finding past its deadline without a rectification by then) and {@code validAtAsOf} ({@code validUntil}
 * absent or not before the decision date).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FactMatch(FactType type, Map<String, Condition> conditions, List<Map<String, Condition>> anyOf,
                        boolean overdue, boolean validAtAsOf) {

    public FactMatch {
        conditions = conditions == null ? Map.of() : Map.copyOf(conditions);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }
}
