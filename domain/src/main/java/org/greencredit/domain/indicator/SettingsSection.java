package org.greencredit.domain.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.greencredit.domain.fact.Severity;

/**
 * The procedure settings of a definition: evaluation deadlines, dynamic adjustment, credit repair and supervision
 * tiers — each checked against what the procedure supports and against the definition's grades and vetoes.
 */
final class SettingsSection {

    private final DefinitionReader reader;

    SettingsSection(DefinitionReader reader) {
        this.reader = reader;
    }

    EvaluationRules evaluation(JsonNode node) {
        String path = "evaluation";
        if (!node.isObject()) {
            reader.problem(path, "definition.section.required");
            return null;
        }
        reader.onlyKeys(node, path, List.of("period", "disclosureWorkingDays", "objectionUntil", "reviewWorkingDays",
                                     "publishWithinWorkingDays", "declarationWorkingDays", "verificationWorkingDays"));
        String period = reader.text(node, "period", path);
        if (period != null && !"PREVIOUS_CALENDAR_YEAR".equals(period)) {
            reader.problem(path + ".period", "evaluation.period.unsupported", period);
        }
        String objectionUntil = reader.text(node, "objectionUntil", path);
        if (objectionUntil != null && !"END_OF_DISCLOSURE".equals(objectionUntil)) {
            reader.problem(path + ".objectionUntil", "evaluation.objectionUntil.unsupported", objectionUntil);
        }
        return new EvaluationRules(period, reader.days(node, "disclosureWorkingDays", path), objectionUntil,
                                   reader.days(node, "reviewWorkingDays", path),
                                   reader.days(node, "publishWithinWorkingDays", path),
                                   reader.days(node, "declarationWorkingDays", path),
                                   reader.days(node, "verificationWorkingDays", path));
    }
    DynamicAdjustmentRules dynamicAdjustment(JsonNode node) {
        String path = "dynamicAdjustment";
        if (!node.isObject()) {
            reader.problem(path, "definition.section.required");
            return null;
        }
        reader.onlyKeys(node, path, List.of("triggers", "direction", "window"));
        List<AdjustmentTrigger> triggers = constants(node.path("triggers"), path + ".triggers",
                                                     "dynamicAdjustment.trigger.unknown", AdjustmentTrigger.class,
                                                     trigger -> true);
        String direction = reader.text(node, "direction", path);
        if (direction != null && !"DOWN_ONLY".equals(direction)) {
            reader.problem(path + ".direction", "dynamicAdjustment.direction.unsupported", direction);
        }
        String window = reader.text(node, "window", path);
        if (window != null && !"PERIOD_START_TO_AS_OF".equals(window)) {
            reader.problem(path + ".window", "dynamicAdjustment.window.unsupported", window);
        }
        return new DynamicAdjustmentRules(triggers, direction, window);
    }
    RepairRules repair(JsonNode node, Set<String> gradeCodes, Set<String> vetoIds) {
        String path = "repair";
        if (!node.isObject()) {
            reader.problem(path, "definition.section.required");
            return null;
        }
        reader.onlyKeys(node, path, List.of("eligibleGrades", "minimumWaitMonths", "notRepairable", "requires",
                                     "decisionWorkingDays", "effect"));
        List<String> eligible = new ArrayList<>();
        node.path("eligibleGrades").forEach(grade -> {
            if (!gradeCodes.contains(grade.asText())) {
                reader.problem(path + ".eligibleGrades", "grade.unknown", grade.asText());
            }
            eligible.add(grade.asText());
        });
        Map<String, Integer> waits = new LinkedHashMap<>();
        node.path("minimumWaitMonths").fields().forEachRemaining(entry -> {
            boolean known = "VETO".equals(entry.getKey())
                    || Arrays.stream(Severity.values()).anyMatch(s -> s.name().equals(entry.getKey()));
            if (!known) {
                reader.problem(path + ".minimumWaitMonths", "repair.wait.unknownSeverity", entry.getKey());
            }
            if (!entry.getValue().isIntegralNumber() || entry.getValue().intValue() < 0) {
                reader.problem(path + ".minimumWaitMonths." + entry.getKey(), "repair.wait.invalid",
                               entry.getValue().asText());
            } else {
                waits.put(entry.getKey(), entry.getValue().intValue());
            }
        });
        List<RepairRules.NotRepairable> notRepairable = new ArrayList<>();
        JsonNode exclusions = node.path("notRepairable");
        for (int i = 0; i < exclusions.size(); i++) {
            String exclusionPath = path + ".notRepairable[" + i + "]";
            String veto = reader.text(exclusions.get(i), "veto", exclusionPath);
            if (veto != null && !vetoIds.contains(veto)) {
                reader.problem(exclusionPath, "repair.notRepairable.unknownVeto", veto);
            }
            notRepairable.add(new RepairRules.NotRepairable(
                    veto, reader.days(exclusions.get(i), "withinMonths", exclusionPath)));
        }
        List<RepairConditionKind> requires = constants(node.path("requires"), path + ".requires",
                                                       "repair.condition.unknown", RepairConditionKind.class,
                                                       RepairConditionKind::requirable);
        String effect = reader.text(node, "effect", path);
        if (effect != null && !"REPAIRED_FACTS_STOP_COUNTING".equals(effect)) {
            reader.problem(path + ".effect", "repair.effect.unsupported", effect);
        }
        return new RepairRules(eligible, waits, notRepairable, requires, reader.days(node, "decisionWorkingDays", path),
                               effect);
    }
    List<SupervisionTier> supervision(JsonNode root, List<GradeDefinition> grades) {
        List<SupervisionTier> tiers = reader.list(root, "supervision", "", true, (jsonNode, path) -> {
            reader.onlyKeys(jsonNode, path, List.of("grade", "tier", "name", "samplingRatioPerQuarter",
                                             "minOnSiteVisitsPerYear", "lenientForMinorFirstViolation"));
            BigDecimal ratio = reader.decimal(jsonNode, "samplingRatioPerQuarter", path);
            if (ratio != null && (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0)) {
                reader.problem(path, "supervision.ratio.outOfRange", ratio.toPlainString());
            }
            JsonNode visits = jsonNode.path("minOnSiteVisitsPerYear");
            if (!visits.isIntegralNumber() || visits.intValue() < 0) {
                reader.problem(path + ".minOnSiteVisitsPerYear", "definition.number.required",
                               "minOnSiteVisitsPerYear");
            }
            return new SupervisionTier(reader.text(jsonNode, "grade", path), reader.text(jsonNode, "tier", path),
                                       reader.localized(jsonNode, "name", path), ratio, visits.intValue(),
                                       jsonNode.path("lenientForMinorFirstViolation").asBoolean(false));
        });
        for (GradeDefinition grade : grades) {
            long count = tiers.stream().filter(tier -> grade.code() != null && grade.code().equals(tier.grade()))
                              .count();
            if (count != 1) {
                reader.problem("supervision", "supervision.grade.notOnce", String.valueOf(grade.code()));
            }
        }
        return tiers;
    }

    /** The list's names as constants of {@code type} that {@code allowed} admits; any other name is a problem. */
    private <E extends Enum<E>> List<E> constants(JsonNode names, String path, String unknownKey, Class<E> type,
                                                  Predicate<E> allowed) {
        List<E> constants = new ArrayList<>();
        names.forEach(name -> {
            Optional<E> known = Arrays.stream(type.getEnumConstants())
                                      .filter(constant -> constant.name().equals(name.asText()))
                                      .filter(allowed).findFirst();
            if (known.isEmpty()) {
                reader.problem(path, unknownKey, name.asText());
            }
            known.ifPresent(constants::add);
        });
        return constants;
    }
}
