package org.greencredit.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.IndicatorSystem;

/**
 * Why a grade changed between two decisions of one enterprise: which facts were added, corrected, fell out of (or
 * came into) a time window or stopped counting, whether the indicator system version changed, the points of every
 * indicator before and after, the vetoes, ceilings and downgrades that appeared or went, the ceilings that stayed but
 * allow another best grade, and the totals, the grades by total score and the grades.
 */
public record DecisionDiff(String versionBefore, String versionAfter, boolean versionChanged,
                           BigDecimal totalBefore, BigDecimal totalAfter, String scoreGradeBefore,
                           String scoreGradeAfter, String gradeBefore, String gradeAfter, List<FactChange> facts,
                           List<IndicatorChange> indicators, List<RuleChange> rules,
                           List<CeilingChange> ceilingsChanged) {

    public DecisionDiff {
        facts = List.copyOf(facts);
        indicators = List.copyOf(indicators);
        rules = List.copyOf(rules);
        ceilingsChanged = List.copyOf(ceilingsChanged);
    }

    /** What happened to one fact between the decisions. */
    public enum Change { ADDED, CORRECTED, EXPIRED, NOW_COUNTING, REMOVED, REVOKED, REPAIRED }

    public record FactChange(ResolvedFact fact, Change change, BigDecimal pointsBefore, BigDecimal pointsAfter) {
    }

    public record IndicatorChange(String code, BigDecimal before, BigDecimal after) {
    }

    public enum RuleKind { VETO, CEILING, DOWNGRADE }

    public record RuleChange(RuleKind kind, String ruleId, boolean added) {
    }

    /** A ceiling that applied before and after, with another best grade: only a change of version does that. */
    public record CeilingChange(String ruleId, String maxGradeBefore, String maxGradeAfter) {
    }

    public static DecisionDiff between(GradeDecision before, GradeDecision after) {
        Map<String, ResolvedFact> factsBefore = byId(before);
        Map<String, ResolvedFact> factsAfter = byId(after);
        Map<String, BigDecimal> pointsBefore = pointsPerFact(before);
        Map<String, BigDecimal> pointsAfter = pointsPerFact(after);
        List<FactChange> facts = new ArrayList<>();
        for (ResolvedFact fact : after.facts()) {
            ResolvedFact earlier = factsBefore.get(fact.factId());
            BigDecimal then = pointsBefore.get(fact.factId());
            BigDecimal now = pointsAfter.get(fact.factId());
            if (earlier == null) {
                facts.add(new FactChange(fact, Change.ADDED, null, now));
            } else if (!earlier.equals(fact)) {
                facts.add(new FactChange(fact, Change.CORRECTED, then, now));
            } else if (then != null && now == null) {
                facts.add(new FactChange(fact, Change.EXPIRED, then, null));
            } else if (then == null && now != null) {
                facts.add(new FactChange(fact, Change.NOW_COUNTING, null, now));
            }
        }
        for (ResolvedFact fact : before.facts()) {
            if (!factsAfter.containsKey(fact.factId())) {
                facts.add(new FactChange(fact, Change.REMOVED, pointsBefore.get(fact.factId()), null));
            }
        }
        List<IndicatorChange> indicators = new ArrayList<>();
        Map<String, BigDecimal> indicatorsBefore = indicatorPoints(before);
        Map<String, BigDecimal> indicatorsAfter = indicatorPoints(after);
        indicatorsAfter.forEach((code, now) -> {
            BigDecimal then = indicatorsBefore.getOrDefault(code, BigDecimal.ZERO);
            if (then.compareTo(now) != 0) {
                indicators.add(new IndicatorChange(code, then, now));
            }
        });
        indicatorsBefore.forEach((code, then) -> {
            if (!indicatorsAfter.containsKey(code) && then.signum() != 0) {
                indicators.add(new IndicatorChange(code, then, BigDecimal.ZERO));
            }
        });
        List<RuleChange> rules = new ArrayList<>();
        compare(RuleKind.VETO, before.vetoes(), after.vetoes(), rules);
        compare(RuleKind.CEILING, before.ceilings(), after.ceilings(), rules);
        compare(RuleKind.DOWNGRADE, before.downgrades(), after.downgrades(), rules);
        return new DecisionDiff(before.version(), after.version(), !before.versionHash().equals(after.versionHash()),
                                before.total(), after.total(), before.scoreGrade(), after.scoreGrade(),
                                before.grade(), after.grade(), facts, indicators, rules,
                                ceilingsChanged(before.ceilings(), after.ceilings()));
    }

    /**
     * The same comparison, with facts that stopped counting named by what the credit file knows happened to them
     * (revoked on reconsideration, repaired…); {@code fate} answers for a fact id, or is empty when it cannot say.
     */
    public DecisionDiff withFates(Function<String, Optional<Change>> fate) {
        List<FactChange> refined = facts.stream()
                .map(change -> change.change() == Change.REMOVED
                        ? new FactChange(change.fact(), fate.apply(change.fact().factId()).orElse(Change.REMOVED),
                                         change.pointsBefore(), null)
                        : change)
                .toList();
        return new DecisionDiff(versionBefore, versionAfter, versionChanged, totalBefore, totalAfter, scoreGradeBefore,
                                scoreGradeAfter, gradeBefore, gradeAfter, refined, indicators, rules, ceilingsChanged);
    }

    /** This comparison in plain words; indicator and rule names are taken from the later decision's version. */
    public List<String> explain(IndicatorSystem after, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (versionChanged) {
            lines.add(DomainText.text(locale, "diff.version", versionBefore, versionAfter));
        }
        for (FactChange change : facts) {
            lines.add(DomainText.text(locale, "diff.fact." + change.change(), FactLabel.of(change.fact(), locale),
                                      points(change.pointsBefore()) + " → " + points(change.pointsAfter())));
        }
        for (IndicatorChange indicator : indicators) {
            lines.add(DomainText.text(locale, "diff.indicator", indicatorName(after, indicator.code(), locale),
                                      indicator.before().toPlainString(), indicator.after().toPlainString()));
        }
        for (RuleChange rule : rules) {
            lines.add(DomainText.text(locale, rule.added() ? "diff.rule.added" : "diff.rule.removed",
                                      DomainText.text(locale, "diff.rule." + rule.kind()),
                                      ruleName(after, rule.kind(), rule.ruleId(), locale), rule.ruleId()));
        }
        for (CeilingChange ceiling : ceilingsChanged) {
            lines.add(DomainText.text(locale, "diff.ceiling.maxGrade",
                                      ruleName(after, RuleKind.CEILING, ceiling.ruleId(), locale),
                                      ceiling.ruleId(), ceiling.maxGradeBefore(), ceiling.maxGradeAfter()));
        }
        lines.add(DomainText.text(locale, "diff.total", totalBefore.toPlainString(), totalAfter.toPlainString(),
                                  DecisionExplanation.signed(totalAfter.subtract(totalBefore))));
        if (versionChanged && !scoreGradeBefore.equals(scoreGradeAfter)) {
            lines.add(DomainText.text(locale, "diff.scoreGrade", scoreGradeBefore, scoreGradeAfter));
        }
        lines.add(gradeBefore.equals(gradeAfter) ? DomainText.text(locale, "diff.gradeSame", gradeAfter)
                                                 : DomainText.text(locale, "diff.grade", gradeBefore, gradeAfter));
        if (!versionChanged && facts.isEmpty() && indicators.isEmpty() && rules.isEmpty()
                && ceilingsChanged.isEmpty() && gradeBefore.equals(gradeAfter)) {
            lines.add(0, DomainText.text(locale, "diff.noChange"));
        }
        return lines;
    }

    private static String points(BigDecimal points) {
        return points == null ? "—" : DecisionExplanation.signed(points);
    }

    private static String indicatorName(IndicatorSystem system, String code, Locale locale) {
        return system.dimensions().stream().flatMap(d -> d.indicators().stream()).filter(i -> i.code().equals(code))
                     .findFirst().map(i -> i.name().in(locale)).orElse(code);
    }

    private static String ruleName(IndicatorSystem system, RuleKind kind, String ruleId, Locale locale) {
        var rules = switch (kind) {
            case VETO -> system.vetoes();
            case CEILING -> system.ceilings();
            case DOWNGRADE -> system.downgrades();
        };
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().map(r -> r.name().in(locale))
                    .orElse(ruleId);
    }

    private static void compare(RuleKind kind, List<RuleHit> before, List<RuleHit> after, List<RuleChange> changes) {
        List<String> then = before.stream().map(RuleHit::ruleId).toList();
        List<String> now = after.stream().map(RuleHit::ruleId).toList();
        now.stream().filter(id -> !then.contains(id)).forEach(id -> changes.add(new RuleChange(kind, id, true)));
        then.stream().filter(id -> !now.contains(id)).forEach(id -> changes.add(new RuleChange(kind, id, false)));
    }

    private static List<CeilingChange> ceilingsChanged(List<RuleHit> before, List<RuleHit> after) {
        Map<String, String> then = new HashMap<>();
        before.forEach(hit -> then.put(hit.ruleId(), hit.maxGrade()));
        return after.stream().filter(hit -> then.containsKey(hit.ruleId())
                                            && !Objects.equals(then.get(hit.ruleId()), hit.maxGrade()))
                    .map(hit -> new CeilingChange(hit.ruleId(), then.get(hit.ruleId()), hit.maxGrade())).toList();
    }

    private static Map<String, ResolvedFact> byId(GradeDecision decision) {
        Map<String, ResolvedFact> facts = new LinkedHashMap<>();
        decision.facts().forEach(fact -> facts.put(fact.factId(), fact));
        return facts;
    }

    /** Points each fact earned or cost (before caps); a fact that only triggered a grade rule counts as 0. */
    private static Map<String, BigDecimal> pointsPerFact(GradeDecision decision) {
        Map<String, BigDecimal> points = new HashMap<>();
        decision.dimensions().forEach(dimension -> dimension.indicators().forEach(indicator ->
                indicator.contributions().forEach(c -> points.merge(c.factId(), c.points(), BigDecimal::add))));
        List<RuleHit> hits = new ArrayList<>(decision.vetoes());
        hits.addAll(decision.ceilings());
        hits.addAll(decision.downgrades());
        hits.forEach(hit -> hit.factIds().forEach(id -> points.putIfAbsent(id, BigDecimal.ZERO)));
        return points;
    }

    private static Map<String, BigDecimal> indicatorPoints(GradeDecision decision) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        decision.dimensions().forEach(d -> d.indicators().forEach(i -> points.put(i.code(), i.points())));
        return points;
    }
}
