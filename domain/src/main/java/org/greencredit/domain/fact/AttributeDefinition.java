package org.greencredit.domain.fact;

import java.math.BigDecimal;
import java.util.List;

/**
 * One attribute of a fact type: its name (as in DOMAIN.md and the indicator system), its kind, the values it
 * may take, whether it must be given, and the value it has when it is not.
 */
public record AttributeDefinition(String name, AttributeKind kind, List<String> values, BigDecimal minimum,
                                  boolean required, Object defaultValue) {

    public static final int MAX_TEXT_LENGTH = 500;

    public AttributeDefinition {
        values = List.copyOf(values);
    }

    static AttributeDefinition choice(String name, Class<? extends Enum<?>> values) {
        return new AttributeDefinition(name, AttributeKind.CHOICE, names(values), null, true, null);
    }

    static AttributeDefinition choice(String name, Enum<?>... values) {
        return new AttributeDefinition(name, AttributeKind.CHOICE, names(values), null, true, null);
    }

    static AttributeDefinition choices(String name, Class<? extends Enum<?>> values) {
        return new AttributeDefinition(name, AttributeKind.CHOICES, names(values), null, false, List.of());
    }

    static AttributeDefinition decimal(String name, String minimum, Object defaultValue) {
        return new AttributeDefinition(name, AttributeKind.DECIMAL, List.of(), new BigDecimal(minimum),
                                       defaultValue == null, defaultValue);
    }

    static AttributeDefinition wholeNumber(String name, String minimum) {
        return new AttributeDefinition(name, AttributeKind.WHOLE_NUMBER, List.of(), new BigDecimal(minimum), true, null);
    }

    static AttributeDefinition flag(String name, Boolean defaultValue) {
        return new AttributeDefinition(name, AttributeKind.FLAG, List.of(), null, defaultValue == null, defaultValue);
    }

    static AttributeDefinition text(String name) {
        return new AttributeDefinition(name, AttributeKind.TEXT, List.of(), null, true, null);
    }

    static AttributeDefinition date(String name, boolean required) {
        return new AttributeDefinition(name, AttributeKind.DATE, List.of(), null, required, null);
    }

    static AttributeDefinition reference(String name) {
        return new AttributeDefinition(name, AttributeKind.REFERENCE, List.of(), null, true, null);
    }

    AttributeDefinition optional() {
        return new AttributeDefinition(name, kind, values, minimum, false, defaultValue);
    }

    private static List<String> names(Class<? extends Enum<?>> values) {
        return names(values.getEnumConstants());
    }

    private static List<String> names(Enum<?>... values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
