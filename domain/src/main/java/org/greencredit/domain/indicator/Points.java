package org.greencredit.domain.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What a matching fact is worth: a fixed number ({@code fixed}), a number looked up by an attribute's value
 * ({@code by} and {@code table}; a value not in the table is worth 0), or an attribute's number times {@code each}
 * ({@code perUnit}). Negative points are deductions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Points(BigDecimal fixed, String by, Map<String, BigDecimal> table, String perUnit, BigDecimal each) {

    public static Points fixed(BigDecimal points) {
        return new Points(points, null, null, null, null);
    }

    public static Points byTable(String attribute, Map<String, BigDecimal> table) {
        return new Points(null, attribute, Map.copyOf(table), null, null);
    }

    public static Points perUnit(String attribute, BigDecimal each) {
        return new Points(null, null, null, attribute, each);
    }
}
