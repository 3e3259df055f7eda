package org.greencredit.domain.fact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.greencredit.domain.common.RuleViolation;

/**
 * The attributes of a fact in one canonical form, whatever they were built from: codes and text as strings, numbers
 * as {@link BigDecimal} without trailing zeros, flags as booleans, sets as sorted lists of codes, dates as ISO
 * strings. Names are sorted. Equal attributes therefore serialize to identical JSON — which decisions rely on.
 */
public final class FactAttributes {

    private static final FactAttributes EMPTY = new FactAttributes(new TreeMap<>());

    private final SortedMap<String, Object> values;

    private FactAttributes(SortedMap<String, Object> values) {
        this.values = Collections.unmodifiableSortedMap(values);
    }

    public static FactAttributes empty() {
        return EMPTY;
    }

    @JsonCreator
    public static FactAttributes of(Map<String, ?> raw) {
        SortedMap<String, Object> canonical = new TreeMap<>();
        if (raw != null) {
            raw.forEach((name, value) -> {
                Object normalized = canonical(name, value);
                if (normalized != null) {
                    canonical.put(name, normalized);
                }
            });
        }
        return new FactAttributes(canonical);
    }

    /** Convenience for code: {@code FactAttributes.of("category", EXCEEDING_STANDARDS, "severity", GENERAL)}. */
    public static FactAttributes of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> raw = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            raw.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return of(raw);
    }

    @JsonValue
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Object get(String name) {
        return values.get(name);
    }

    public String text(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    public BigDecimal decimal(String name) {
        Object value = values.get(name);
        return value instanceof BigDecimal decimal ? decimal : null;
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    @SuppressWarnings("unchecked")
    public List<String> choices(String name) {
        Object value = values.get(name);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    public LocalDate date(String name) {
        Object value = values.get(name);
        return value == null ? null : LocalDate.parse(value.toString());
    }

    public FactAttributes with(String name, Object value) {
        Map<String, Object> copy = new TreeMap<>(values);
        copy.put(name, value);
        return of(copy);
    }

    public java.util.Set<String> names() {
        return values.keySet();
    }

    private static Object canonical(String name, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text.strip();
        }
        if (value instanceof Enum<?> code) {
            return code.name();
        }
        if (value instanceof Boolean || value instanceof LocalDate) {
            return value instanceof LocalDate date ? date.toString() : value;
        }
        if (value instanceof Number number) {
            return canonicalNumber(number);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().filter(Objects::nonNull)
                             .map(element -> element instanceof Enum<?> code ? code.name() : element.toString().strip())
                             .distinct().sorted().toList();
        }
        throw new RuleViolation("fact.attribute.unsupportedValue", "field." + name);
    }

    private static BigDecimal canonicalNumber(Number number) {
        BigDecimal decimal = number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactAttributes that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
