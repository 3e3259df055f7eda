package org.greencredit.domain.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One condition of a match on an attribute: the value is one of {@code in} (a single value means equality; flags are
 * "true"/"false"), or a set attribute shares a value with {@code any}, or a number is {@code >= gte} and/or
 * {@code < lt}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(List<String> in, List<String> any, BigDecimal gte, BigDecimal lt) {

    public static Condition equalTo(String value) {
        return new Condition(List.of(value), null, null, null);
    }
}
