package org.greencredit.domain.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.fact.AttributeDefinition;
import org.greencredit.domain.fact.AttributeKind;
import org.greencredit.domain.fact.FactType;

/** The {@code points} of a scoring rule: fixed, by a table over a choice of the fact, or per unit of a number. */
final class PointsSection {

    private final DefinitionReader reader;

    PointsSection(DefinitionReader reader) {
        this.reader = reader;
    }

    Points points(JsonNode node, FactMatch match, String path) {
        FactType type = match.type();
        if (node.isNumber()) {
            return Points.fixed(DefinitionReader.canonical(node.decimalValue()));
        }
        if (node.isObject() && node.has("by")) {
            reader.onlyKeys(node, path, List.of("by", "table"));
            String by = node.get("by").asText();
            AttributeDefinition attribute = type == null ? null : type.attribute(by).orElse(null);
            if (type != null && (attribute == null || attribute.kind() != AttributeKind.CHOICE)) {
                reader.problem(path + ".by", "points.by.notAChoice", type.name(), by);
            }
            JsonNode table = node.path("table");
            if (!table.isObject() || table.isEmpty()) {
                reader.problem(path + ".table", "points.table.required");
                return Points.byTable(by, Map.of());
            }
            Map<String, BigDecimal> entries = new LinkedHashMap<>();
            table.fields().forEachRemaining(entry -> {
                if (attribute != null && !attribute.values().contains(entry.getKey())) {
                    reader.problem(path + ".table." + entry.getKey(), "match.value.unknown", by, entry.getKey());
                }
                BigDecimal points = reader.number(entry.getValue(), path + ".table." + entry.getKey());
                if (points != null) {
                    entries.put(entry.getKey(), points);
                }
            });
            return Points.byTable(by, entries);
        }
        if (node.isObject() && node.has("perUnit")) {
            reader.onlyKeys(node, path, List.of("perUnit", "each"));
            String perUnit = node.get("perUnit").asText();
            AttributeDefinition attribute = type == null ? null : type.attribute(perUnit).orElse(null);
            if (type != null && (attribute == null || !DefinitionReader.isNumeric(attribute))) {
                reader.problem(path + ".perUnit", "points.perUnit.notANumber", type.name(), perUnit);
            }
            BigDecimal each = node.has("each") ? reader.number(node.get("each"), path + ".each") : null;
            if (each == null) {
                reader.problem(path + ".each", "points.each.required");
            }
            return Points.perUnit(perUnit, each);
        }
        reader.problem(path, "points.invalid");
        return null;
    }
}
