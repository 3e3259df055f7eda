package org.greencredit.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;

/**
 * FACTS.json for the {@code score} command: a JSON array of facts, each {@code factId}, {@code type},
 * {@code occurredOn} and an {@code attributes} object with DOMAIN.md's attribute names. Every fact is checked
 * against the fact schema; the first problem is reported with the fact's position.
 */
final class FactsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FactsFile() {
    }

    static List<ResolvedFact> read(Path file) throws IOException, BadInput {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInput("facts", new Refusal("cli.facts.notJson", List.of(e.getOriginalMessage())));
        }
        if (root == null || !root.isArray()) {
            throw new BadInput("facts", new Refusal("cli.facts.notAnArray", List.of()));
        }
        List<ResolvedFact> facts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            facts.add(fact(root.get(i), "facts[" + i + "]", ids));
        }
        return facts;
    }

    private static ResolvedFact fact(JsonNode node, String where, Set<String> ids) throws BadInput {
        String factId = node.path("factId").asText("").strip();
        if (factId.isEmpty()) {
            throw new BadInput(where, new Refusal("cli.facts.field.required", List.of("factId")));
        }
        if (!ids.add(factId)) {
            throw new BadInput(where, new Refusal("fact.id.duplicate", List.of(factId)));
        }
        FactType type;
        try {
            type = FactType.valueOf(node.path("type").asText(""));
        } catch (IllegalArgumentException e) {
            throw new BadInput(where, new Refusal("cli.facts.type.unknown", List.of(node.path("type").asText(""))));
        }
        LocalDate occurredOn;
        try {
            occurredOn = LocalDate.parse(node.path("occurredOn").asText(""));
        } catch (DateTimeParseException e) {
            throw new BadInput(where, new Refusal("cli.facts.date.invalid", List.of(node.path("occurredOn").asText(""))));
        }
        JsonNode attributes = node.path("attributes");
        if (!attributes.isMissingNode() && !attributes.isObject()) {
            throw new BadInput(where, new Refusal("cli.facts.attributes.notAnObject", List.of()));
        }
        try {
            return new ResolvedFact(factId, type, occurredOn, type.validate(FactAttributes.of(values(attributes)),
                                                                            occurredOn));
        } catch (RuleViolation violation) {
            throw new BadInput(where + " (" + factId + ")", violation.refusal());
        }
    }

    private static Map<String, Object> values(JsonNode attributes) {
        Map<String, Object> values = new LinkedHashMap<>();
        attributes.fields().forEachRemaining(field -> values.put(field.getKey(), value(field.getValue())));
        return values;
    }

    private static Object value(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(value(element)));
            return list;
        }
        return node.isNull() ? null : node.asText();
    }

    /** Input the command cannot use: where, and why. */
    static final class BadInput extends Exception {

        private final String where;
        private final transient Refusal refusal;

        BadInput(String where, Refusal refusal) {
            super(where + ": " + refusal);
            this.where = where;
            this.refusal = refusal;
        }

        String where() {
            return where;
        }

        Refusal refusal() {
            return refusal;
        }
    }
}
