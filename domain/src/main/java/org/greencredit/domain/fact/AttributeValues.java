package org.greencredit.domain.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.greencredit.domain.common.RuleViolation;

/** Checks one attribute value against its definition and returns it in canonical form. */
final class AttributeValues {

    private AttributeValues() {
    }

    static Object check(FactType type, AttributeDefinition definition, Object value) {
        String name = definition.name();
        return switch (definition.kind()) {
            case CHOICE -> code(type, definition, value.toString());
            case CHOICES -> {
                if (!(value instanceof List<?> list)) {
                    throw new RuleViolation("fact.attribute.notAList", "field." + name);
                }
                yield list.stream().map(element -> code(type, definition, element.toString())).toList();
            }
            case DECIMAL -> atLeast(definition, number(name, value));
            case WHOLE_NUMBER -> {
                BigDecimal number = number(name, value);
                if (number.stripTrailingZeros().scale() > 0) {
                    throw new RuleViolation("fact.attribute.notAWholeNumber", "field." + name, value);
                }
                yield atLeast(definition, number);
            }
            case FLAG -> {
                if (value instanceof Boolean flag) {
                    yield flag;
                }
                if ("true".equals(value) || "false".equals(value)) {
                    yield Boolean.valueOf(value.toString());
                }
                throw new RuleViolation("fact.attribute.notAFlag", "field." + name, value);
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(value.toString());
                } catch (DateTimeParseException e) {
                    throw new RuleViolation("fact.attribute.notADate", "field." + name, value);
                }
            }
            case TEXT, REFERENCE -> {
                String text = value.toString().strip();
                if (text.isEmpty()) {
                    throw new RuleViolation("fact.attribute.required", "factType." + type.name(), "field." + name);
                }
                if (text.length() > AttributeDefinition.MAX_TEXT_LENGTH) {
                    throw new RuleViolation("fact.attribute.tooLong", "field." + name, AttributeDefinition.MAX_TEXT_LENGTH);
                }
                yield text;
            }
        };
    }

    private static String code(FactType type, AttributeDefinition definition, String value) {
        if (!definition.values().contains(value)) {
            throw new RuleViolation("fact.attribute.unknownValue", "factType." + type.name(), "field." + definition.name(), value);
        }
        return value;
    }

    private static BigDecimal number(String name, Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("fact.attribute.notANumber", "field." + name, value);
        }
    }

    private static BigDecimal atLeast(AttributeDefinition definition, BigDecimal number) {
        if (definition.minimum() != null && number.compareTo(definition.minimum()) < 0) {
            throw new RuleViolation("fact.attribute.belowMinimum", "field." + definition.name(), definition.minimum());
        }
        return number;
    }
}
