package org.greencredit.domain.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.greencredit.domain.fact.AttributeDefinition;
import org.greencredit.domain.fact.AttributeKind;

/**
 * Reads the values of a definition — texts, names, numbers, dates, lists — and collects every problem with the path
 * where it is, instead of stopping at the first: a definition is refused as a whole, with all its problems.
 */
final class DefinitionReader {

    private final List<DefinitionProblem> problems = new ArrayList<>();

    List<DefinitionProblem> problems() {
        return List.copyOf(problems);
    }

    <T> List<T> list(JsonNode parent, String field, String parentPath, boolean required,
                             BiFunction<JsonNode, String, T> item) {
        String path = join(parentPath, field);
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                problem(path, "definition.list.required");
            }
            return List.of();
        }
        if (!node.isArray() || (required && node.isEmpty())) {
            problem(path, "definition.list.required");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(item.apply(node.get(i), path + "[" + i + "]"));
        }
        return items;
    }
    void onlyKeys(JsonNode node, String path, List<String> allowed) {
        if (node == null || !node.isObject()) {
            problem(path, "definition.notAnObject");
            return;
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                problem(join(path, key), "definition.key.unknown", key);
            }
        });
    }
    String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank() || value.isContainerNode()) {
            problem(join(path, field), "definition.text.required", field);
            return null;
        }
        return value.asText().strip();
    }
    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
    LocalizedText localized(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            problem(join(path, field), "definition.name.required");
            return null;
        }
        onlyKeys(value, join(path, field), List.of("zh", "en"));
        return new LocalizedText(text(value, "zh", join(path, field)), text(value, "en", join(path, field)));
    }
    BigDecimal decimal(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            problem(join(path, field), "definition.number.required", field);
            return null;
        }
        return canonical(value.decimalValue());
    }
    BigDecimal positive(JsonNode node, String field, String path) {
        BigDecimal value = decimal(node, field, path);
        if (value != null && value.signum() <= 0) {
            problem(join(path, field), "definition.number.notPositive", field, value.toPlainString());
        }
        return value;
    }
    int days(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || value.intValue() <= 0) {
            problem(join(path, field), "definition.number.notPositive", field, value.asText());
            return 0;
        }
        return value.intValue();
    }
    BigDecimal number(JsonNode node, String path) {
        if (!node.isNumber()) {
            problem(path, "definition.number.required", path.substring(path.lastIndexOf('.') + 1));
            return null;
        }
        return canonical(node.decimalValue());
    }
    void date(JsonNode node, String path) {
        try {
            LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problem(path, "definition.date.invalid", node.asText());
        }
    }
    static boolean isNumeric(AttributeDefinition attribute) {
        return attribute.kind() == AttributeKind.DECIMAL || attribute.kind() == AttributeKind.WHOLE_NUMBER;
    }
    /** Numbers without trailing zeros and never in exponent form, so equal numbers serialize alike. */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
    void problem(String path, String key, String... arguments) {
        problems.add(new DefinitionProblem(path, key, List.of(arguments)));
    }
    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
