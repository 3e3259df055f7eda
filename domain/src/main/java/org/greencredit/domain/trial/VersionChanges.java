package org.greencredit.domain.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.greencredit.domain.common.CanonicalJson;
import org.greencredit.domain.indicator.DimensionDefinition;
import org.greencredit.domain.indicator.GradeDefinition;
import org.greencredit.domain.indicator.IndicatorDefinition;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.ScoringRule;
import org.greencredit.domain.indicator.SpecialRule;
import org.greencredit.domain.trial.VersionChange.Kind;

/**
 * The differences between a baseline and a trial version ({@link #between}), and the baseline with exactly one of
 * them taken as the trial version has it ({@link #withOnly}) — what the sensitivity line scores.
 *
 * <p>A rule of an indicator that only one version has belongs to that indicator's change, and an indicator of a
 * dimension only one version has to that dimension's change, so every difference is counted once. Rules are compared
 * by content (canonical JSON of match, window, points or maximum grade), never by name.
 */
public final class VersionChanges {

    private VersionChanges() {
    }

    public static List<VersionChange> between(IndicatorSystem baseline, IndicatorSystem candidate) {
        List<VersionChange> changes = new ArrayList<>();
        if (gradeCodes(baseline).equals(gradeCodes(candidate))) {
            for (int i = 0; i < baseline.grades().size(); i++) {
                GradeDefinition before = baseline.grades().get(i);
                if (before.minScore().compareTo(candidate.grades().get(i).minScore()) != 0) {
                    changes.add(new VersionChange(Kind.GRADE, before.code()));
                }
            }
        } else {
            changes.add(new VersionChange(Kind.GRADES, "*"));
        }
        Map<String, DimensionDefinition> dimensionsBefore = dimensions(baseline);
        Map<String, DimensionDefinition> dimensionsAfter = dimensions(candidate);
        for (String code : union(dimensionsBefore.keySet(), dimensionsAfter.keySet())) {
            DimensionDefinition before = dimensionsBefore.get(code);
            DimensionDefinition after = dimensionsAfter.get(code);
            if (before == null || after == null || before.base().compareTo(after.base()) != 0
                    || before.max().compareTo(after.max()) != 0) {
                changes.add(new VersionChange(Kind.DIMENSION, code));
            }
        }
        Map<String, Located> indicatorsBefore = indicators(baseline);
        Map<String, Located> indicatorsAfter = indicators(candidate);
        for (String code : union(indicatorsBefore.keySet(), indicatorsAfter.keySet())) {
            Located before = indicatorsBefore.get(code);
            Located after = indicatorsAfter.get(code);
            boolean inBothDimensions = dimensionsBefore.containsKey(dimensionOf(before, after))
                    && dimensionsAfter.containsKey(dimensionOf(before, after));
            if (!inBothDimensions) {
                continue;
            }
            if (before == null || after == null || !before.dimension().equals(after.dimension())
                    || before.indicator().cap().compareTo(after.indicator().cap()) != 0) {
                changes.add(new VersionChange(Kind.INDICATOR, code));
            }
        }
        Map<String, String> rulesBefore = scoringRules(baseline);
        Map<String, String> rulesAfter = scoringRules(candidate);
        Map<String, String> ownerBefore = ruleOwners(baseline);
        Map<String, String> ownerAfter = ruleOwners(candidate);
        for (String id : union(rulesBefore.keySet(), rulesAfter.keySet())) {
            if (Objects.equals(rulesBefore.get(id), rulesAfter.get(id))
                    && Objects.equals(ownerBefore.get(id), ownerAfter.get(id))) {
                continue;
            }
            boolean ownerKnownToBoth = (ownerBefore.get(id) == null || indicatorsAfter.containsKey(ownerBefore.get(id)))
                    && (ownerAfter.get(id) == null || indicatorsBefore.containsKey(ownerAfter.get(id)));
            if (ownerKnownToBoth) {
                changes.add(new VersionChange(Kind.RULE, id));
            }
        }
        special(Kind.VETO, baseline.vetoes(), candidate.vetoes(), changes);
        special(Kind.CEILING, baseline.ceilings(), candidate.ceilings(), changes);
        special(Kind.DOWNGRADE, baseline.downgrades(), candidate.downgrades(), changes);
        return List.copyOf(changes);
    }

    /** The baseline version with only {@code change} as the trial version has it. */
    public static IndicatorSystem withOnly(IndicatorSystem baseline, IndicatorSystem candidate, VersionChange change) {
        List<GradeDefinition> grades = baseline.grades();
        List<DimensionDefinition> dimensions = baseline.dimensions();
        List<SpecialRule> vetoes = baseline.vetoes();
        List<SpecialRule> ceilings = baseline.ceilings();
        List<SpecialRule> downgrades = baseline.downgrades();
        switch (change.kind()) {
            case GRADES -> grades = candidate.grades();
            case GRADE -> grades = baseline.grades().stream()
                    .map(g -> g.code().equals(change.id()) ? candidate.grade(g.code()).orElseThrow() : g).toList();
            case DIMENSION -> dimensions = withDimension(baseline, candidate, change.id());
            case INDICATOR -> dimensions = withIndicator(baseline, candidate, change.id());
            case RULE -> dimensions = withRule(baseline, candidate, change.id());
            case VETO -> vetoes = withSpecial(baseline.vetoes(), candidate.vetoes(), change.id());
            case CEILING -> ceilings = withSpecial(baseline.ceilings(), candidate.ceilings(), change.id());
            case DOWNGRADE -> downgrades = withSpecial(baseline.downgrades(), candidate.downgrades(), change.id());
        }
        return new IndicatorSystem(baseline.system(), baseline.version(), baseline.name(), grades, dimensions, vetoes,
                                   ceilings, downgrades, baseline.evaluation(), baseline.dynamicAdjustment(),
                                   baseline.repair(), baseline.supervision());
    }

    private static List<DimensionDefinition> withDimension(IndicatorSystem baseline, IndicatorSystem candidate,
                                                           String code) {
        DimensionDefinition after = dimensions(candidate).get(code);
        DimensionDefinition before = dimensions(baseline).get(code);
        if (before == null) {
            List<DimensionDefinition> dimensions = new ArrayList<>(baseline.dimensions());
            dimensions.add(Math.min(candidate.dimensions().indexOf(after), dimensions.size()), after);
            return dimensions;
        }
        return baseline.dimensions().stream()
                       .filter(d -> after != null || !d.code().equals(code))
                       .map(d -> d.code().equals(code)
                               ? new DimensionDefinition(code, d.name(), after.base(), after.max(), d.indicators())
                               : d)
                       .toList();
    }

    private static List<DimensionDefinition> withIndicator(IndicatorSystem baseline, IndicatorSystem candidate,
                                                           String code) {
        Located before = indicators(baseline).get(code);
        Located after = indicators(candidate).get(code);
        IndicatorDefinition replacement = after == null ? null
                : before == null ? after.indicator()
                : new IndicatorDefinition(code, before.indicator().name(), after.indicator().cap(),
                                          before.indicator().rules());
        List<DimensionDefinition> dimensions = new ArrayList<>();
        for (DimensionDefinition dimension : baseline.dimensions()) {
            List<IndicatorDefinition> indicators = new ArrayList<>(dimension.indicators());
            indicators.removeIf(i -> i.code().equals(code));
            if (replacement != null && after.dimension().equals(dimension.code())) {
                int at = before != null && before.dimension().equals(dimension.code())
                        ? dimension.indicators().indexOf(before.indicator()) : indicators.size();
                indicators.add(at, replacement);
            }
            dimensions.add(new DimensionDefinition(dimension.code(), dimension.name(), dimension.base(),
                                                   dimension.max(), indicators));
        }
        return dimensions;
    }

    private static List<DimensionDefinition> withRule(IndicatorSystem baseline, IndicatorSystem candidate,
                                                      String id) {
        ScoringRule after = null;
        String owner = null;
        for (DimensionDefinition dimension : candidate.dimensions()) {
            for (IndicatorDefinition indicator : dimension.indicators()) {
                for (ScoringRule rule : indicator.rules()) {
                    if (rule.id().equals(id)) {
                        after = rule;
                        owner = indicator.code();
                    }
                }
            }
        }
        List<DimensionDefinition> dimensions = new ArrayList<>();
        for (DimensionDefinition dimension : baseline.dimensions()) {
            List<IndicatorDefinition> indicators = new ArrayList<>();
            for (IndicatorDefinition indicator : dimension.indicators()) {
                List<ScoringRule> rules = new ArrayList<>(indicator.rules());
                int at = -1;
                for (int i = 0; i < rules.size(); i++) {
                    if (rules.get(i).id().equals(id)) {
                        at = i;
                    }
                }
                if (at >= 0) {
                    rules.remove(at);
                }
                if (after != null && indicator.code().equals(owner)) {
                    rules.add(at >= 0 ? at : rules.size(), after);
                }
                indicators.add(new IndicatorDefinition(indicator.code(), indicator.name(), indicator.cap(), rules));
            }
            dimensions.add(new DimensionDefinition(dimension.code(), dimension.name(), dimension.base(),
                                                   dimension.max(), indicators));
        }
        return dimensions;
    }

    private static List<SpecialRule> withSpecial(List<SpecialRule> baseline, List<SpecialRule> candidate, String id) {
        SpecialRule after = candidate.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        List<SpecialRule> rules = new ArrayList<>();
        boolean placed = false;
        for (SpecialRule rule : baseline) {
            if (!rule.id().equals(id)) {
                rules.add(rule);
            } else if (after != null) {
                rules.add(after);
                placed = true;
            }
        }
        if (after != null && !placed) {
            rules.add(after);
        }
        return rules;
    }

    private static void special(Kind kind, List<SpecialRule> baseline, List<SpecialRule> candidate,
                                List<VersionChange> changes) {
        Map<String, String> before = new LinkedHashMap<>();
        baseline.forEach(rule -> before.put(rule.id(), CanonicalJson.write(
                new Object[] {rule.match(), rule.window(), rule.maxGrade()})));
        Map<String, String> after = new LinkedHashMap<>();
        candidate.forEach(rule -> after.put(rule.id(), CanonicalJson.write(
                new Object[] {rule.match(), rule.window(), rule.maxGrade()})));
        for (String id : union(before.keySet(), after.keySet())) {
            if (!Objects.equals(before.get(id), after.get(id))) {
                changes.add(new VersionChange(kind, id));
            }
        }
    }

    private record Located(String dimension, IndicatorDefinition indicator) {
    }

    private static String dimensionOf(Located before, Located after) {
        return after != null ? after.dimension() : before.dimension();
    }

    private static List<String> gradeCodes(IndicatorSystem system) {
        return system.grades().stream().map(GradeDefinition::code).toList();
    }

    private static Map<String, DimensionDefinition> dimensions(IndicatorSystem system) {
        Map<String, DimensionDefinition> dimensions = new LinkedHashMap<>();
        system.dimensions().forEach(d -> dimensions.put(d.code(), d));
        return dimensions;
    }

    private static Map<String, Located> indicators(IndicatorSystem system) {
        Map<String, Located> indicators = new LinkedHashMap<>();
        system.dimensions().forEach(d -> d.indicators().forEach(i -> indicators.put(i.code(), new Located(d.code(), i))));
        return indicators;
    }

    private static Map<String, String> scoringRules(IndicatorSystem system) {
        Map<String, String> rules = new LinkedHashMap<>();
        system.dimensions().forEach(d -> d.indicators().forEach(i -> i.rules().forEach(
                rule -> rules.put(rule.id(), CanonicalJson.write(rule)))));
        return rules;
    }

    private static Map<String, String> ruleOwners(IndicatorSystem system) {
        Map<String, String> owners = new LinkedHashMap<>();
        system.dimensions().forEach(d -> d.indicators().forEach(i -> i.rules().forEach(
                rule -> owners.put(rule.id(), i.code()))));
        return owners;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new LinkedHashSet<>(first);
        union.addAll(second);
        return union;
    }
}
