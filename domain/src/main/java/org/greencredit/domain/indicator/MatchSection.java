package org.greencredit.domain.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.fact.AttributeDefinition;
import org.greencredit.domain.fact.AttributeKind;
import org.greencredit.domain.fact.FactType;

/**
 * The {@code match} and window of a rule: which facts it looks at, checked against the fact schema — attributes the
 * fact type has, values its choices allow, comparisons on numbers only.
 */
final class MatchSection {

    private final DefinitionReader reader;

    MatchSection(DefinitionReader reader) {
        this.reader = reader;
    }

    FactMatch match(JsonNode node, String path) {
        if (!node.isObject()) {
            reader.problem(path, "match.required");
            return new FactMatch(null, Map.of(), List.of(), false, false);
        }
        FactType type = null;
        String typeName = reader.text(node, "type", path);
        if (typeName != null) {
            try {
                type = FactType.valueOf(typeName);
            } catch (IllegalArgumentException unknown) {
                reader.problem(path, "match.type.unknown", typeName);
            }
        }
        Map<String, Condition> conditions = new LinkedHashMap<>();
        List<Map<String, Condition>> anyOf = new ArrayList<>();
        boolean overdue = false;
        boolean validAtAsOf = false;
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "type" -> { }
                case "overdue" ->
                        overdue = judgedAtAsOf(value, path, key, type, FactType.DIAGNOSIS_FINDING, "deadline");
                case "validAtAsOf" -> validAtAsOf = judgedAtAsOf(value, path, key, type, null, "validUntil");
                case "anyOf" -> {
                    if (!value.isArray() || value.isEmpty()) {
                        reader.problem(path + ".anyOf", "definition.list.required");
                    } else {
                        for (int i = 0; i < value.size(); i++) {
                            anyOf.add(conditions(value.get(i), path + ".anyOf[" + i + "]", type));
                        }
                    }
                }
                default -> {
                    Condition condition = condition(value, path + "." + key, type, key);
                    if (condition != null) {
                        conditions.put(key, condition);
                    }
                }
            }
        }
        return new FactMatch(type, conditions, anyOf, overdue, validAtAsOf);
    }
    private Map<String, Condition> conditions(JsonNode node, String path, FactType type) {
        Map<String, Condition> conditions = new LinkedHashMap<>();
        if (!node.isObject() || node.isEmpty()) {
            reader.problem(path, "match.alternative.invalid");
            return conditions;
        }
        node.fields().forEachRemaining(field -> {
            Condition condition = condition(field.getValue(), path + "." + field.getKey(), type, field.getKey());
            if (condition != null) {
                conditions.put(field.getKey(), condition);
            }
        });
        return conditions;
    }
    private boolean judgedAtAsOf(JsonNode value, String path, String key, FactType type, FactType onlyType,
                                 String neededAttribute) {
        if (!value.isBoolean()) {
            reader.problem(path + "." + key, "definition.flag.required", key);
            return false;
        }
        if (type != null && ((onlyType != null && type != onlyType) || type.attribute(neededAttribute).isEmpty())) {
            reader.problem(path + "." + key, "match.condition.notApplicable", key, type.name());
        }
        return value.booleanValue();
    }
    private Condition condition(JsonNode value, String path, FactType type, String attributeName) {
        AttributeDefinition attribute = type == null ? null : type.attribute(attributeName).orElse(null);
        if (type != null && attribute == null) {
            reader.problem(path, "match.attribute.unknown", type.name(), attributeName);
            return null;
        }
        if (value.isObject()) {
            reader.onlyKeys(value, path, List.of("any", "gte", "lt"));
            List<String> any = null;
            if (value.has("any")) {
                if (attribute != null && attribute.kind() != AttributeKind.CHOICES) {
                    reader.problem(path, "match.any.notASet", attributeName);
                }
                any = values(value.get("any"), path + ".any", attribute);
            }
            BigDecimal gte = value.has("gte") ? reader.number(value.get("gte"), path + ".gte") : null;
            BigDecimal lt = value.has("lt") ? reader.number(value.get("lt"), path + ".lt") : null;
            if ((gte != null || lt != null) && attribute != null && !DefinitionReader.isNumeric(attribute)) {
                reader.problem(path, "match.comparison.notANumber", attributeName);
            }
            if (any == null && gte == null && lt == null) {
                reader.problem(path, "match.condition.empty", attributeName);
            }
            return new Condition(null, any, gte, lt);
        }
        return new Condition(values(value, path, attribute), null, null, null);
    }
    private List<String> values(JsonNode node, String path, AttributeDefinition attribute) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            if (node.isEmpty()) {
                reader.problem(path, "definition.list.required");
            }
            node.forEach(element -> values.add(value(element, path, attribute)));
        } else {
            values.add(value(node, path, attribute));
        }
        return values;
    }
    private String value(JsonNode node, String path, AttributeDefinition attribute) {
        String value = node.isNumber() ? DefinitionReader.canonical(node.decimalValue()).toPlainString()
                : node.asText();
        if (attribute == null) {
            return value;
        }
        switch (attribute.kind()) {
            case CHOICE, CHOICES -> {
                if (!attribute.values().contains(value)) {
                    reader.problem(path, "match.value.unknown", attribute.name(), value);
                }
            }
            case FLAG -> {
                if (!node.isBoolean()) {
                    reader.problem(path, "definition.flag.required", attribute.name());
                }
            }
            case DECIMAL, WHOLE_NUMBER -> {
                if (!node.isNumber()) {
                    reader.problem(path, "definition.number.required", attribute.name());
                }
            }
            default -> { }
        }
        return value;
    }
    Window window(JsonNode node, String path) {
        boolean period = node.has("window");
        boolean lookback = node.has("lookbackMonths");
        if (period && lookback) {
            reader.problem(path, "window.both");
        }
        if (period) {
            if (!"PERIOD".equals(node.get("window").asText())) {
                reader.problem(path + ".window", "window.unknown", node.get("window").asText());
            }
            return Window.PERIOD;
        }
        if (lookback) {
            JsonNode months = node.get("lookbackMonths");
            if (!months.canConvertToInt() || !months.isIntegralNumber() || months.intValue() <= 0) {
                reader.problem(path + ".lookbackMonths", "window.lookback.invalid", months.asText());
                return Window.AS_OF;
            }
            return Window.lookback(months.intValue());
        }
        return Window.AS_OF;
    }
}
