package org.greencredit.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.DimensionDefinition;
import org.greencredit.domain.indicator.IndicatorDefinition;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.indicator.LocalizedText;
import org.greencredit.domain.indicator.SpecialRule;

/**
 * A grade decision in plain words, in Chinese or English: the total and the grade it earned, each dimension, every
 * indicator that gained or lost points with the facts and rules behind it, the ceilings, downgrades and vetoes
 * that moved the grade, and what the decision rests on.
 */
public final class DecisionExplanation {

    private DecisionExplanation() {
    }

    /** The explanation of {@code decision}, naming things as {@code system} (the version it was scored with) does. */
    public static List<String> of(GradeDecision decision, IndicatorSystem system, Locale locale) {
        if (!IndicatorSystemJson.sha256(system).equals(decision.versionHash())) {
            throw new IllegalArgumentException("the decision was scored with another indicator system version");
        }
        Map<String, ResolvedFact> facts = new HashMap<>();
        decision.facts().forEach(fact -> facts.put(fact.factId(), fact));
        List<String> lines = new ArrayList<>();
        lines.add(text(locale, "explanation.total", decision.total(), decision.scoreGrade(),
                       gradeName(system, decision.scoreGrade(), locale)));
        boolean anyPoints = false;
        for (DimensionScore dimension : decision.dimensions()) {
            DimensionDefinition definition = system.dimensions().stream()
                                                   .filter(d -> d.code().equals(dimension.code())).findFirst().orElseThrow();
            String name = definition.name().in(locale);
            if (dimension.raw().compareTo(dimension.points()) != 0) {
                lines.add(text(locale, "explanation.dimension.clamped", name, dimension.raw(), 0, plain(dimension.max()),
                               dimension.points()));
            } else {
                lines.add(text(locale, "explanation.dimension", name, dimension.points(), plain(dimension.base()),
                               plain(dimension.max())));
            }
            for (IndicatorScore indicator : dimension.indicators()) {
                if (indicator.contributions().isEmpty()) {
                    continue;
                }
                anyPoints = true;
                lines.add(indicatorLine(indicator, indicatorName(definition, indicator.code(), locale), locale));
                for (Contribution contribution : indicator.contributions()) {
                    ResolvedFact fact = facts.get(contribution.factId());
                    lines.add(text(locale, "explanation.contribution", FactLabel.of(fact, locale), contribution.ruleId(),
                                   signed(contribution.points())));
                }
            }
        }
        if (!anyPoints) {
            lines.add(text(locale, "explanation.noFacts"));
        }
        for (RuleHit ceiling : decision.ceilings()) {
            lines.add(text(locale, "explanation.ceiling", ruleName(system.ceilings(), ceiling, locale),
                           ceiling.ruleId(), labels(ceiling, facts, locale), ceiling.maxGrade()));
        }
        for (RuleHit downgrade : decision.downgrades()) {
            lines.add(text(locale, "explanation.downgrade", ruleName(system.downgrades(), downgrade, locale),
                           downgrade.ruleId(), labels(downgrade, facts, locale)));
        }
        for (RuleHit veto : decision.vetoes()) {
            lines.add(text(locale, "explanation.veto", ruleName(system.vetoes(), veto, locale), veto.ruleId(),
                           labels(veto, facts, locale), system.worstGrade()));
        }
        lines.add(decision.grade().equals(decision.scoreGrade())
                  ? text(locale, "explanation.gradeUnchanged", decision.grade(), gradeName(system, decision.grade(), locale))
                  : text(locale, "explanation.finalGrade", decision.grade(), gradeName(system, decision.grade(), locale)));
        lines.add(text(locale, "explanation.basis", decision.version(), decision.versionHash().substring(0, 12),
                       decision.periodFrom().toString(), decision.periodTo().toString(), decision.asOf().toString(),
                       decision.facts().size()));
        return lines;
    }

    private static String indicatorLine(IndicatorScore indicator, String name, Locale locale) {
        if (indicator.raw().compareTo(indicator.points()) != 0
                && indicator.raw().abs().compareTo(indicator.cap()) > 0) {
            return text(locale, "explanation.indicator.capped", name, signed(indicator.raw()), plain(indicator.cap()),
                        signed(indicator.points()));
        }
        return text(locale, indicator.points().signum() < 0 ? "explanation.indicator.deduction"
                                                             : "explanation.indicator.bonus",
                    name, indicator.points().abs());
    }

    private static String indicatorName(DimensionDefinition dimension, String code, Locale locale) {
        return dimension.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                        .map(IndicatorDefinition::name).map(name -> name.in(locale)).orElse(code);
    }

    private static String ruleName(List<SpecialRule> rules, RuleHit hit, Locale locale) {
        return rules.stream().filter(rule -> rule.id().equals(hit.ruleId())).findFirst()
                    .map(SpecialRule::name).map(name -> name.in(locale)).orElse(hit.ruleId());
    }

    private static String labels(RuleHit hit, Map<String, ResolvedFact> facts, Locale locale) {
        return hit.factIds().stream().map(id -> FactLabel.of(facts.get(id), locale))
                  .collect(Collectors.joining(locale.getLanguage().equals("en") ? "; " : "；"));
    }

    static String gradeName(IndicatorSystem system, String grade, Locale locale) {
        return system.grade(grade).map(definition -> definition.name()).map(name -> name.in(locale)).orElse(grade);
    }

    static String signed(BigDecimal points) {
        return (points.signum() > 0 ? "+" : "") + points.toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static String text(Locale locale, String key, Object... arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] instanceof BigDecimal number ? number.toPlainString()
                    : arguments[i] instanceof LocalizedText name ? name.in(locale) : arguments[i];
        }
        return DomainText.text(locale, key, plain);
    }
}
