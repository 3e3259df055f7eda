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
import java.util.List;
import java.util.Set;

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

    private final DefinitionReader reader = new DefinitionReader();
    private final MatchSection matches = new MatchSection(reader);
    private final PointsSection points = new PointsSection(reader);
    private final SettingsSection settings = new SettingsSection(reader);
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
        List<DefinitionProblem> problems = parser.reader.problems();
        if (!problems.isEmpty()) {
            throw new InvalidIndicatorSystem(problems);
        }
        return system;
    }

    private static InvalidIndicatorSystem malformed(IOException e) {
        return new InvalidIndicatorSystem(List.of(new DefinitionProblem("", "definition.notYaml",
                                                                        List.of(firstLine(e.getMessage())))));
    }

    private IndicatorSystem system(JsonNode root) {
        if (root == null || !root.isObject()) {
            reader.problem("", "definition.notAnObject");
            return null;
        }
        reader.onlyKeys(root, "", ROOT_KEYS);
        String system = reader.text(root, "system", "");
        String version = reader.text(root, "version", "");
        LocalizedText name = reader.localized(root, "name", "");
        if (root.has("effectiveFrom")) {
            reader.date(root.get("effectiveFrom"), "effectiveFrom");
        }
        List<GradeDefinition> grades = grades(root.path("grades"));
        Set<String> gradeCodes = new HashSet<>();
        grades.forEach(grade -> gradeCodes.add(grade.code()));
        List<DimensionDefinition> dimensions = reader.list(root, "dimensions", "", true, this::dimension);
        List<SpecialRule> vetoes = reader.list(root, "vetoes", "", false, (node, path) -> special(node, path, null));
        List<SpecialRule> ceilings = reader.list(root, "ceilings", "", false,
                                                 (node, path) -> special(node, path, gradeCodes));
        List<SpecialRule> downgrades = reader.list(root, "downgrades", "", false,
                                                   (node, path) -> special(node, path, null));
        Set<String> vetoIds = new HashSet<>();
        vetoes.forEach(veto -> vetoIds.add(veto.id()));
        return new IndicatorSystem(system, version, name, grades, dimensions, vetoes, ceilings, downgrades,
                                   settings.evaluation(root.path("evaluation")),
                                   settings.dynamicAdjustment(root.path("dynamicAdjustment")),
                                   settings.repair(root.path("repair"), gradeCodes, vetoIds),
                                   settings.supervision(root, grades));
    }

    private List<GradeDefinition> grades(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            reader.problem("grades", "definition.list.required");
            return List.of();
        }
        List<GradeDefinition> grades = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal previous = null;
        for (int i = 0; i < node.size(); i++) {
            String path = "grades[" + i + "]";
            JsonNode grade = node.get(i);
            reader.onlyKeys(grade, path, List.of("code", "minScore", "colour", "name"));
            String code = reader.text(grade, "code", path);
            BigDecimal minScore = reader.decimal(grade, "minScore", path);
            if (code != null && !seen.add(code)) {
                reader.problem(path, "grade.duplicate", code);
            }
            if (minScore != null && previous != null && minScore.compareTo(previous) >= 0) {
                reader.problem(path, "grade.thresholdsOutOfOrder", code, minScore.toPlainString(),
                               previous.toPlainString());
            }
            previous = minScore == null ? previous : minScore;
            grades.add(new GradeDefinition(code, minScore, DefinitionReader.optionalText(grade, "colour"),
                                           reader.localized(grade, "name", path)));
        }
        if (previous != null && previous.signum() != 0) {
            reader.problem("grades", "grade.lowestNotZero", previous.toPlainString());
        }
        return grades;
    }

    private DimensionDefinition dimension(JsonNode node, String path) {
        reader.onlyKeys(node, path, List.of("code", "name", "base", "max", "indicators"));
        String code = uniqueCode(node, path);
        BigDecimal base = reader.decimal(node, "base", path);
        BigDecimal max = reader.positive(node, "max", path);
        if (base != null && max != null && (base.signum() < 0 || base.compareTo(max) > 0)) {
            reader.problem(path, "dimension.baseOutOfRange", base.toPlainString(), max.toPlainString());
        }
        return new DimensionDefinition(code, reader.localized(node, "name", path), base, max,
                                       reader.list(node, "indicators", path, true, this::indicator));
    }

    private IndicatorDefinition indicator(JsonNode node, String path) {
        reader.onlyKeys(node, path, List.of("code", "name", "cap", "rules"));
        String code = uniqueCode(node, path);
        return new IndicatorDefinition(code, reader.localized(node, "name", path), reader.positive(node, "cap", path),
                                       reader.list(node, "rules", path, true, this::rule));
    }

    private ScoringRule rule(JsonNode node, String path) {
        reader.onlyKeys(node, path, List.of("id", "match", "window", "lookbackMonths", "points"));
        String id = ruleId(node, path);
        String rulePath = path + "(" + id + ")";
        FactMatch match = matches.match(node.path("match"), rulePath + ".match");
        return new ScoringRule(id, match, matches.window(node, rulePath),
                               points.points(node.path("points"), match, rulePath + ".points"));
    }

    private SpecialRule special(JsonNode node, String path, Set<String> gradeCodes) {
        List<String> keys = new ArrayList<>(List.of("id", "name", "match", "window", "lookbackMonths"));
        if (gradeCodes != null) {
            keys.add("maxGrade");
        }
        reader.onlyKeys(node, path, keys);
        String id = ruleId(node, path);
        String rulePath = path + "(" + id + ")";
        String maxGrade = null;
        if (gradeCodes != null) {
            maxGrade = reader.text(node, "maxGrade", rulePath);
            if (maxGrade != null && !gradeCodes.contains(maxGrade)) {
                reader.problem(rulePath, "grade.unknown", maxGrade);
            }
        }
        return new SpecialRule(id, reader.localized(node, "name", rulePath),
                               matches.match(node.path("match"), rulePath + ".match"), matches.window(node, rulePath),
                               maxGrade);
    }














    private String ruleId(JsonNode node, String path) {
        String id = reader.text(node, "id", path);
        if (id != null && !ruleIds.add(id)) {
            reader.problem(path, "rule.id.duplicate", id);
        }
        return id;
    }

    private String uniqueCode(JsonNode node, String path) {
        String code = reader.text(node, "code", path);
        if (code != null && !codes.add(code)) {
            reader.problem(path, "code.duplicate", code);
        }
        return code;
    }














    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
