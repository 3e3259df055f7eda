package org.greencredit.domain.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.greencredit.domain.fact.AttributeDefinition;
import org.greencredit.domain.fact.AttributeKind;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.Severity;

/**
 * Reads an indicator system definition in the YAML format of {@code indicator-system-2026.1.yaml} and checks it
 * against the fact schema and its own consistency. Every problem is collected, with the path where it is, before
 * the definition is refused as a whole ({@link InvalidIndicatorSystem}).
 */
public final class IndicatorSystemParser {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> ROOT_KEYS = List.of("system", "version", "name", "status", "effectiveFrom",
            "grades", "dimensions", "vetoes", "ceilings", "downgrades", "evaluation", "dynamicAdjustment", "repair",
            "supervision");
    private static final Set<String> TRIGGERS = Set.of("VETO", "CEILING", "DOWNGRADE");
    private static final Set<String> REPAIR_CONDITIONS = Set.of("FINDINGS_RECTIFIED", "PENALTIES_FULFILLED",
            "NO_NEW_VIOLATION_SINCE_GRADE", "COMMITMENT_SIGNED");

    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final Set<String> ruleIds = new HashSet<>();
    private final Set<String> codes = new HashSet<>();

    private IndicatorSystemParser() {
    }

    public static IndicatorSystem parse(String yaml) {
        try {
            return parse(YAML.readTree(yaml));
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    public static IndicatorSystem parse(InputStream yaml) {
        try {
            return parse(YAML.readTree(yaml));
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    /** The effective date a definition proposes ({@code effectiveFrom}), if it names one. */
    public static LocalDate proposedEffectiveDate(String yaml) {
        try {
            JsonNode date = YAML.readTree(yaml).path("effectiveFrom");
            return date.isMissingNode() || date.isNull() ? null : LocalDate.parse(date.asText());
        } catch (IOException | DateTimeParseException e) {
            return null;
        }
    }

    private static IndicatorSystem parse(JsonNode root) {
        IndicatorSystemParser parser = new IndicatorSystemParser();
        IndicatorSystem system = parser.system(root);
        if (!parser.problems.isEmpty()) {
            throw new InvalidIndicatorSystem(parser.problems);
        }
        return system;
    }

    private static InvalidIndicatorSystem malformed(IOException e) {
        return new InvalidIndicatorSystem(List.of(new DefinitionProblem("", "definition.notYaml",
                                                                        List.of(firstLine(e.getMessage())))));
    }

    private IndicatorSystem system(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("", "definition.notAnObject");
            return null;
        }
        onlyKeys(root, "", ROOT_KEYS);
        String system = text(root, "system", "");
        String version = text(root, "version", "");
        LocalizedText name = localized(root, "name", "");
        if (root.has("effectiveFrom")) {
            date(root.get("effectiveFrom"), "effectiveFrom");
        }
        List<GradeDefinition> grades = grades(root.path("grades"));
        Set<String> gradeCodes = new HashSet<>();
        grades.forEach(grade -> gradeCodes.add(grade.code()));
        List<DimensionDefinition> dimensions = list(root, "dimensions", "", true, this::dimension);
        List<SpecialRule> vetoes = list(root, "vetoes", "", false, (node, path) -> special(node, path, null));
        List<SpecialRule> ceilings = list(root, "ceilings", "", false, (node, path) -> special(node, path, gradeCodes));
        List<SpecialRule> downgrades = list(root, "downgrades", "", false, (node, path) -> special(node, path, null));
        Set<String> vetoIds = new HashSet<>();
        vetoes.forEach(veto -> vetoIds.add(veto.id()));
        return new IndicatorSystem(system, version, name, grades, dimensions, vetoes, ceilings, downgrades,
                                   evaluation(root.path("evaluation")), dynamicAdjustment(root.path("dynamicAdjustment")),
                                   repair(root.path("repair"), gradeCodes, vetoIds),
                                   supervision(root, grades));
    }

    private List<GradeDefinition> grades(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            problem("grades", "definition.list.required");
            return List.of();
        }
        List<GradeDefinition> grades = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal previous = null;
        for (int i = 0; i < node.size(); i++) {
            String path = "grades[" + i + "]";
            JsonNode grade = node.get(i);
            onlyKeys(grade, path, List.of("code", "minScore", "colour", "name"));
            String code = text(grade, "code", path);
            BigDecimal minScore = decimal(grade, "minScore", path);
            if (code != null && !seen.add(code)) {
                problem(path, "grade.duplicate", code);
            }
            if (minScore != null && previous != null && minScore.compareTo(previous) >= 0) {
                problem(path, "grade.thresholdsOutOfOrder", code, minScore.toPlainString(), previous.toPlainString());
            }
            previous = minScore == null ? previous : minScore;
            grades.add(new GradeDefinition(code, minScore, optionalText(grade, "colour"), localized(grade, "name", path)));
        }
        if (previous != null && previous.signum() != 0) {
            problem("grades", "grade.lowestNotZero", previous.toPlainString());
        }
        return grades;
    }

    private DimensionDefinition dimension(JsonNode node, String path) {
        onlyKeys(node, path, List.of("code", "name", "base", "max", "indicators"));
        String code = uniqueCode(node, path);
        BigDecimal base = decimal(node, "base", path);
        BigDecimal max = positive(node, "max", path);
        if (base != null && max != null && (base.signum() < 0 || base.compareTo(max) > 0)) {
            problem(path, "dimension.baseOutOfRange", base.toPlainString(), max.toPlainString());
        }
        return new DimensionDefinition(code, localized(node, "name", path), base, max,
                                       list(node, "indicators", path, true, this::indicator));
    }

    private IndicatorDefinition indicator(JsonNode node, String path) {
        onlyKeys(node, path, List.of("code", "name", "cap", "rules"));
        String code = uniqueCode(node, path);
        return new IndicatorDefinition(code, localized(node, "name", path), positive(node, "cap", path),
                                       list(node, "rules", path, true, this::rule));
    }

    private ScoringRule rule(JsonNode node, String path) {
        onlyKeys(node, path, List.of("id", "match", "window", "lookbackMonths", "points"));
        String id = ruleId(node, path);
        String rulePath = path + "(" + id + ")";
        FactMatch match = match(node.path("match"), rulePath + ".match");
        return new ScoringRule(id, match, window(node, rulePath), points(node.path("points"), match, rulePath + ".points"));
    }

    private SpecialRule special(JsonNode node, String path, Set<String> gradeCodes) {
        List<String> keys = new ArrayList<>(List.of("id", "name", "match", "window", "lookbackMonths"));
        if (gradeCodes != null) {
            keys.add("maxGrade");
        }
        onlyKeys(node, path, keys);
        String id = ruleId(node, path);
        String rulePath = path + "(" + id + ")";
        String maxGrade = null;
        if (gradeCodes != null) {
            maxGrade = text(node, "maxGrade", rulePath);
            if (maxGrade != null && !gradeCodes.contains(maxGrade)) {
                problem(rulePath, "grade.unknown", maxGrade);
            }
        }
        return new SpecialRule(id, localized(node, "name", rulePath), match(node.path("match"), rulePath + ".match"),
                               window(node, rulePath), maxGrade);
    }

    private FactMatch match(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "match.required");
            return new FactMatch(null, Map.of(), List.of(), false, false);
        }
        FactType type = null;
        String typeName = text(node, "type", path);
        if (typeName != null) {
            try {
                type = FactType.valueOf(typeName);
            } catch (IllegalArgumentException unknown) {
                problem(path, "match.type.unknown", typeName);
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
                case "overdue" -> overdue = judgedAtAsOf(value, path, key, type, FactType.DIAGNOSIS_FINDING, "deadline");
                case "validAtAsOf" -> validAtAsOf = judgedAtAsOf(value, path, key, type, null, "validUntil");
                case "anyOf" -> {
                    if (!value.isArray() || value.isEmpty()) {
                        problem(path + ".anyOf", "definition.list.required");
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
            problem(path, "match.alternative.invalid");
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
            problem(path + "." + key, "definition.flag.required", key);
            return false;
        }
        if (type != null && ((onlyType != null && type != onlyType) || type.attribute(neededAttribute).isEmpty())) {
            problem(path + "." + key, "match.condition.notApplicable", key, type.name());
        }
        return value.booleanValue();
    }

    private Condition condition(JsonNode value, String path, FactType type, String attributeName) {
        AttributeDefinition attribute = type == null ? null : type.attribute(attributeName).orElse(null);
        if (type != null && attribute == null) {
            problem(path, "match.attribute.unknown", type.name(), attributeName);
            return null;
        }
        if (value.isObject()) {
            onlyKeys(value, path, List.of("any", "gte", "lt"));
            List<String> any = null;
            if (value.has("any")) {
                if (attribute != null && attribute.kind() != AttributeKind.CHOICES) {
                    problem(path, "match.any.notASet", attributeName);
                }
                any = values(value.get("any"), path + ".any", attribute);
            }
            BigDecimal gte = value.has("gte") ? number(value.get("gte"), path + ".gte") : null;
            BigDecimal lt = value.has("lt") ? number(value.get("lt"), path + ".lt") : null;
            if ((gte != null || lt != null) && attribute != null && !isNumeric(attribute)) {
                problem(path, "match.comparison.notANumber", attributeName);
            }
            if (any == null && gte == null && lt == null) {
                problem(path, "match.condition.empty", attributeName);
            }
            return new Condition(null, any, gte, lt);
        }
        return new Condition(values(value, path, attribute), null, null, null);
    }

    private List<String> values(JsonNode node, String path, AttributeDefinition attribute) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            if (node.isEmpty()) {
                problem(path, "definition.list.required");
            }
            node.forEach(element -> values.add(value(element, path, attribute)));
        } else {
            values.add(value(node, path, attribute));
        }
        return values;
    }

    private String value(JsonNode node, String path, AttributeDefinition attribute) {
        String value = node.isNumber() ? canonical(node.decimalValue()).toPlainString() : node.asText();
        if (attribute == null) {
            return value;
        }
        switch (attribute.kind()) {
            case CHOICE, CHOICES -> {
                if (!attribute.values().contains(value)) {
                    problem(path, "match.value.unknown", attribute.name(), value);
                }
            }
            case FLAG -> {
                if (!node.isBoolean()) {
                    problem(path, "definition.flag.required", attribute.name());
                }
            }
            case DECIMAL, WHOLE_NUMBER -> {
                if (!node.isNumber()) {
                    problem(path, "definition.number.required", attribute.name());
                }
            }
            default -> { }
        }
        return value;
    }

    private Window window(JsonNode node, String path) {
        boolean period = node.has("window");
        boolean lookback = node.has("lookbackMonths");
        if (period && lookback) {
            problem(path, "window.both");
        }
        if (period) {
            if (!"PERIOD".equals(node.get("window").asText())) {
                problem(path + ".window", "window.unknown", node.get("window").asText());
            }
            return Window.PERIOD;
        }
        if (lookback) {
            JsonNode months = node.get("lookbackMonths");
            if (!months.canConvertToInt() || !months.isIntegralNumber() || months.intValue() <= 0) {
                problem(path + ".lookbackMonths", "window.lookback.invalid", months.asText());
                return Window.AS_OF;
            }
            return Window.lookback(months.intValue());
        }
        return Window.AS_OF;
    }

    private Points points(JsonNode node, FactMatch match, String path) {
        FactType type = match.type();
        if (node.isNumber()) {
            return Points.fixed(canonical(node.decimalValue()));
        }
        if (node.isObject() && node.has("by")) {
            onlyKeys(node, path, List.of("by", "table"));
            String by = node.get("by").asText();
            AttributeDefinition attribute = type == null ? null : type.attribute(by).orElse(null);
            if (type != null && (attribute == null || attribute.kind() != AttributeKind.CHOICE)) {
                problem(path + ".by", "points.by.notAChoice", type.name(), by);
            }
            JsonNode table = node.path("table");
            if (!table.isObject() || table.isEmpty()) {
                problem(path + ".table", "points.table.required");
                return Points.byTable(by, Map.of());
            }
            Map<String, BigDecimal> entries = new LinkedHashMap<>();
            table.fields().forEachRemaining(entry -> {
                if (attribute != null && !attribute.values().contains(entry.getKey())) {
                    problem(path + ".table." + entry.getKey(), "match.value.unknown", by, entry.getKey());
                }
                BigDecimal points = number(entry.getValue(), path + ".table." + entry.getKey());
                if (points != null) {
                    entries.put(entry.getKey(), points);
                }
            });
            return Points.byTable(by, entries);
        }
        if (node.isObject() && node.has("perUnit")) {
            onlyKeys(node, path, List.of("perUnit", "each"));
            String perUnit = node.get("perUnit").asText();
            AttributeDefinition attribute = type == null ? null : type.attribute(perUnit).orElse(null);
            if (type != null && (attribute == null || !isNumeric(attribute))) {
                problem(path + ".perUnit", "points.perUnit.notANumber", type.name(), perUnit);
            }
            BigDecimal each = node.has("each") ? number(node.get("each"), path + ".each") : null;
            if (each == null) {
                problem(path + ".each", "points.each.required");
            }
            return Points.perUnit(perUnit, each);
        }
        problem(path, "points.invalid");
        return null;
    }

    private EvaluationRules evaluation(JsonNode node) {
        String path = "evaluation";
        if (!node.isObject()) {
            problem(path, "definition.section.required");
            return null;
        }
        onlyKeys(node, path, List.of("period", "disclosureWorkingDays", "objectionUntil", "reviewWorkingDays",
                                     "publishWithinWorkingDays", "declarationWorkingDays", "verificationWorkingDays"));
        String period = text(node, "period", path);
        if (period != null && !"PREVIOUS_CALENDAR_YEAR".equals(period)) {
            problem(path + ".period", "evaluation.period.unsupported", period);
        }
        String objectionUntil = text(node, "objectionUntil", path);
        if (objectionUntil != null && !"END_OF_DISCLOSURE".equals(objectionUntil)) {
            problem(path + ".objectionUntil", "evaluation.objectionUntil.unsupported", objectionUntil);
        }
        return new EvaluationRules(period, days(node, "disclosureWorkingDays", path), objectionUntil,
                                   days(node, "reviewWorkingDays", path), days(node, "publishWithinWorkingDays", path),
                                   days(node, "declarationWorkingDays", path),
                                   days(node, "verificationWorkingDays", path));
    }

    private DynamicAdjustmentRules dynamicAdjustment(JsonNode node) {
        String path = "dynamicAdjustment";
        if (!node.isObject()) {
            problem(path, "definition.section.required");
            return null;
        }
        onlyKeys(node, path, List.of("triggers", "direction", "window"));
        List<String> triggers = new ArrayList<>();
        node.path("triggers").forEach(trigger -> {
            if (!TRIGGERS.contains(trigger.asText())) {
                problem(path + ".triggers", "dynamicAdjustment.trigger.unknown", trigger.asText());
            }
            triggers.add(trigger.asText());
        });
        String direction = text(node, "direction", path);
        if (direction != null && !"DOWN_ONLY".equals(direction)) {
            problem(path + ".direction", "dynamicAdjustment.direction.unsupported", direction);
        }
        String window = text(node, "window", path);
        if (window != null && !"PERIOD_START_TO_AS_OF".equals(window)) {
            problem(path + ".window", "dynamicAdjustment.window.unsupported", window);
        }
        return new DynamicAdjustmentRules(triggers, direction, window);
    }

    private RepairRules repair(JsonNode node, Set<String> gradeCodes, Set<String> vetoIds) {
        String path = "repair";
        if (!node.isObject()) {
            problem(path, "definition.section.required");
            return null;
        }
        onlyKeys(node, path, List.of("eligibleGrades", "minimumWaitMonths", "notRepairable", "requires",
                                     "decisionWorkingDays", "effect"));
        List<String> eligible = new ArrayList<>();
        node.path("eligibleGrades").forEach(grade -> {
            if (!gradeCodes.contains(grade.asText())) {
                problem(path + ".eligibleGrades", "grade.unknown", grade.asText());
            }
            eligible.add(grade.asText());
        });
        Map<String, Integer> waits = new LinkedHashMap<>();
        node.path("minimumWaitMonths").fields().forEachRemaining(entry -> {
            boolean known = "VETO".equals(entry.getKey())
                    || java.util.Arrays.stream(Severity.values()).anyMatch(s -> s.name().equals(entry.getKey()));
            if (!known) {
                problem(path + ".minimumWaitMonths", "repair.wait.unknownSeverity", entry.getKey());
            }
            if (!entry.getValue().isIntegralNumber() || entry.getValue().intValue() < 0) {
                problem(path + ".minimumWaitMonths." + entry.getKey(), "repair.wait.invalid", entry.getValue().asText());
            } else {
                waits.put(entry.getKey(), entry.getValue().intValue());
            }
        });
        List<RepairRules.NotRepairable> notRepairable = new ArrayList<>();
        JsonNode exclusions = node.path("notRepairable");
        for (int i = 0; i < exclusions.size(); i++) {
            String exclusionPath = path + ".notRepairable[" + i + "]";
            String veto = text(exclusions.get(i), "veto", exclusionPath);
            if (veto != null && !vetoIds.contains(veto)) {
                problem(exclusionPath, "repair.notRepairable.unknownVeto", veto);
            }
            notRepairable.add(new RepairRules.NotRepairable(veto, days(exclusions.get(i), "withinMonths", exclusionPath)));
        }
        List<String> requires = new ArrayList<>();
        node.path("requires").forEach(condition -> {
            if (!REPAIR_CONDITIONS.contains(condition.asText())) {
                problem(path + ".requires", "repair.condition.unknown", condition.asText());
            }
            requires.add(condition.asText());
        });
        String effect = text(node, "effect", path);
        if (effect != null && !"REPAIRED_FACTS_STOP_COUNTING".equals(effect)) {
            problem(path + ".effect", "repair.effect.unsupported", effect);
        }
        return new RepairRules(eligible, waits, notRepairable, requires, days(node, "decisionWorkingDays", path),
                               effect);
    }

    private List<SupervisionTier> supervision(JsonNode root, List<GradeDefinition> grades) {
        List<SupervisionTier> tiers = list(root, "supervision", "", true, (jsonNode, path) -> {
            onlyKeys(jsonNode, path, List.of("grade", "tier", "name", "samplingRatioPerQuarter",
                                             "minOnSiteVisitsPerYear", "lenientForMinorFirstViolation"));
            BigDecimal ratio = decimal(jsonNode, "samplingRatioPerQuarter", path);
            if (ratio != null && (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0)) {
                problem(path, "supervision.ratio.outOfRange", ratio.toPlainString());
            }
            JsonNode visits = jsonNode.path("minOnSiteVisitsPerYear");
            if (!visits.isIntegralNumber() || visits.intValue() < 0) {
                problem(path + ".minOnSiteVisitsPerYear", "definition.number.required", "minOnSiteVisitsPerYear");
            }
            return new SupervisionTier(text(jsonNode, "grade", path), text(jsonNode, "tier", path),
                                       localized(jsonNode, "name", path), ratio, visits.intValue(),
                                       jsonNode.path("lenientForMinorFirstViolation").asBoolean(false));
        });
        for (GradeDefinition grade : grades) {
            long count = tiers.stream().filter(tier -> grade.code() != null && grade.code().equals(tier.grade())).count();
            if (count != 1) {
                problem("supervision", "supervision.grade.notOnce", String.valueOf(grade.code()));
            }
        }
        return tiers;
    }

    private <T> List<T> list(JsonNode parent, String field, String parentPath, boolean required,
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

    private String ruleId(JsonNode node, String path) {
        String id = text(node, "id", path);
        if (id != null && !ruleIds.add(id)) {
            problem(path, "rule.id.duplicate", id);
        }
        return id;
    }

    private String uniqueCode(JsonNode node, String path) {
        String code = text(node, "code", path);
        if (code != null && !codes.add(code)) {
            problem(path, "code.duplicate", code);
        }
        return code;
    }

    private void onlyKeys(JsonNode node, String path, List<String> allowed) {
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

    private String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank() || value.isContainerNode()) {
            problem(join(path, field), "definition.text.required", field);
            return null;
        }
        return value.asText().strip();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private LocalizedText localized(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            problem(join(path, field), "definition.name.required");
            return null;
        }
        onlyKeys(value, join(path, field), List.of("zh", "en"));
        return new LocalizedText(text(value, "zh", join(path, field)), text(value, "en", join(path, field)));
    }

    private BigDecimal decimal(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            problem(join(path, field), "definition.number.required", field);
            return null;
        }
        return canonical(value.decimalValue());
    }

    private BigDecimal positive(JsonNode node, String field, String path) {
        BigDecimal value = decimal(node, field, path);
        if (value != null && value.signum() <= 0) {
            problem(join(path, field), "definition.number.notPositive", field, value.toPlainString());
        }
        return value;
    }

    private int days(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || value.intValue() <= 0) {
            problem(join(path, field), "definition.number.notPositive", field, value.asText());
            return 0;
        }
        return value.intValue();
    }

    private BigDecimal number(JsonNode node, String path) {
        if (!node.isNumber()) {
            problem(path, "definition.number.required", path.substring(path.lastIndexOf('.') + 1));
            return null;
        }
        return canonical(node.decimalValue());
    }

    private void date(JsonNode node, String path) {
        try {
            LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problem(path, "definition.date.invalid", node.asText());
        }
    }

    private static boolean isNumeric(AttributeDefinition attribute) {
        return attribute.kind() == AttributeKind.DECIMAL || attribute.kind() == AttributeKind.WHOLE_NUMBER;
    }

    /** Numbers without trailing zeros and never in exponent form, so equal numbers serialize alike. */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private void problem(String path, String key, String... arguments) {
        problems.add(new DefinitionProblem(path, key, List.of(arguments)));
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
