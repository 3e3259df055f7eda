package org.greencredit.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.DimensionDefinition;
import org.greencredit.domain.indicator.GradeDefinition;
import org.greencredit.domain.indicator.IndicatorDefinition;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.indicator.Points;
import org.greencredit.domain.indicator.ScoringRule;
import org.greencredit.domain.indicator.SpecialRule;
import org.greencredit.domain.indicator.Window;

/**
 * The scoring of DOMAIN.md ("Scoring"), as a pure function of (facts, indicator system version, evaluation period,
 * decision date): no clock, no I/O. Matchers and windows select facts, rules give points per fact, indicators are
 * capped, dimensions clamped, the total earns a grade, and then ceilings, downgrades and vetoes act on the grade.
 * Decimal arithmetic throughout; indicator, dimension and total points have one decimal, rounded half up.
 *
 * <p>An engine is built once per indicator system version (it computes the version's hash) and can score any number
 * of credit files, from any number of threads.
 */
public final class ScoringEngine {

    private static final int SCALE = 1;

    private final IndicatorSystem system;
    private final String versionHash;

    private ScoringEngine(IndicatorSystem system, String versionHash) {
        this.system = system;
        this.versionHash = versionHash;
    }

    public static ScoringEngine of(IndicatorSystem system) {
        return new ScoringEngine(system, IndicatorSystemJson.sha256(system));
    }

    public IndicatorSystem system() {
        return system;
    }

    public String versionHash() {
        return versionHash;
    }

    public GradeDecision score(List<ResolvedFact> facts, LocalDate periodFrom, LocalDate periodTo, LocalDate asOf) {
        if (periodFrom == null || periodTo == null || asOf == null || periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("an evaluation period needs from <= to, and a decision date");
        }
        List<ResolvedFact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparing(ResolvedFact::occurredOn).thenComparing(ResolvedFact::factId));
        Map<FactType, List<ScoringFact>> byType = new EnumMap<>(FactType.class);
        Map<String, LocalDate> rectifiedOn = new HashMap<>();
        for (ResolvedFact fact : ordered) {
            byType.computeIfAbsent(fact.type(), type -> new ArrayList<>()).add(new ScoringFact(fact));
            if (fact.type() == FactType.RECTIFICATION_COMPLETED) {
                rectifiedOn.merge(fact.attributes().text("findingId"), fact.occurredOn(),
                                  (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Context context = new Context(byType, rectifiedOn, periodFrom, periodTo, asOf, new HashMap<>());

        List<DimensionScore> dimensions = new ArrayList<>(system.dimensions().size());
        BigDecimal total = BigDecimal.ZERO.setScale(SCALE);
        for (DimensionDefinition dimension : system.dimensions()) {
            DimensionScore score = dimension(dimension, context);
            dimensions.add(score);
            total = total.add(score.points());
        }
        String scoreGrade = gradeFor(total);
        int rank = system.rank(scoreGrade);
        List<RuleHit> ceilings = hits(system.ceilings(), context);
        for (RuleHit ceiling : ceilings) {
            rank = Math.max(rank, system.rank(ceiling.maxGrade()));
        }
        List<RuleHit> downgrades = hits(system.downgrades(), context);
        rank = Math.min(rank + downgrades.size(), system.grades().size() - 1);
        List<RuleHit> vetoes = hits(system.vetoes(), context);
        if (!vetoes.isEmpty()) {
            rank = system.grades().size() - 1;
        }
        return new GradeDecision(system.system(), system.version(), versionHash, periodFrom, periodTo, asOf, ordered,
                                 dimensions, total, scoreGrade, ceilings, downgrades, vetoes,
                                 system.grades().get(rank).code());
    }

    private DimensionScore dimension(DimensionDefinition dimension, Context context) {
        List<IndicatorScore> indicators = new ArrayList<>(dimension.indicators().size());
        BigDecimal raw = dimension.base();
        for (IndicatorDefinition indicator : dimension.indicators()) {
            IndicatorScore score = indicator(indicator, context);
            indicators.add(score);
            raw = raw.add(score.points());
        }
        BigDecimal points = clamp(raw, BigDecimal.ZERO, dimension.max()).setScale(SCALE, RoundingMode.HALF_UP);
        return new DimensionScore(dimension.code(), dimension.base(), dimension.max(), raw.setScale(SCALE, RoundingMode.HALF_UP),
                                  points, indicators);
    }

    private IndicatorScore indicator(IndicatorDefinition indicator, Context context) {
        List<Contribution> contributions = null;
        BigDecimal raw = BigDecimal.ZERO;
        for (ScoringRule rule : indicator.rules()) {
            for (ScoringFact fact : context.factsOf(rule.match().type())) {
                if (context.counts(rule.window(), fact) && FactMatcher.matches(rule.match(), fact, context.asOf,
                                                                                context.rectifiedOn)) {
                    BigDecimal points = points(rule.points(), fact);
                    if (contributions == null) {
                        contributions = new ArrayList<>();
                    }
                    contributions.add(new Contribution(rule.id(), fact.id(), points));
                    raw = raw.add(points);
                }
            }
        }
        BigDecimal points = clamp(raw, indicator.cap().negate(), indicator.cap()).setScale(SCALE, RoundingMode.HALF_UP);
        return new IndicatorScore(indicator.code(), indicator.cap(), raw, points,
                                  contributions == null ? List.of() : contributions);
    }

    private List<RuleHit> hits(List<SpecialRule> rules, Context context) {
        List<RuleHit> hits = new ArrayList<>();
        for (SpecialRule rule : rules) {
            List<String> factIds = new ArrayList<>();
            for (ScoringFact fact : context.factsOf(rule.match().type())) {
                if (context.counts(rule.window(), fact)
                        && FactMatcher.matches(rule.match(), fact, context.asOf, context.rectifiedOn)) {
                    factIds.add(fact.id());
                }
            }
            if (!factIds.isEmpty()) {
                hits.add(new RuleHit(rule.id(), factIds, rule.maxGrade()));
            }
        }
        return hits;
    }

    private static BigDecimal points(Points points, ScoringFact fact) {
        if (points.fixed() != null) {
            return points.fixed();
        }
        if (points.by() != null) {
            String value = fact.text(points.by());
            BigDecimal entry = value == null ? null : points.table().get(value);
            return entry == null ? BigDecimal.ZERO : entry;
        }
        BigDecimal units = fact.number(points.perUnit());
        return units == null ? BigDecimal.ZERO : units.multiply(points.each());
    }

    private String gradeFor(BigDecimal total) {
        for (GradeDefinition grade : system.grades()) {
            if (grade.minScore().compareTo(total) <= 0) {
                return grade.code();
            }
        }
        return system.worstGrade();
    }

    private static BigDecimal clamp(BigDecimal value, BigDecimal lowest, BigDecimal highest) {
        return value.max(lowest).min(highest);
    }

    /**
     * What every rule of one scoring run looks at: the facts by type (a rule only ever looks at one type), when
     * findings were rectified, the period and decision date, and the start of each look-back, worked out once.
     */
    private record Context(Map<FactType, List<ScoringFact>> byType, Map<String, LocalDate> rectifiedOn,
                           LocalDate periodFrom, LocalDate periodTo, LocalDate asOf,
                           Map<Integer, LocalDate> lookbackStarts) {

        List<ScoringFact> factsOf(FactType type) {
            return byType.getOrDefault(type, List.of());
        }

        boolean counts(Window window, ScoringFact fact) {
            if (fact.occurredOn.isAfter(asOf)) {
                return false;
            }
            return switch (window.kind()) {
                case PERIOD -> !fact.occurredOn.isBefore(periodFrom) && !fact.occurredOn.isAfter(periodTo);
                case LOOKBACK -> fact.occurredOn.isAfter(
                        lookbackStarts.computeIfAbsent(window.months(), asOf::minusMonths));
                case AS_OF -> true;
            };
        }
    }
}
