package org.greencredit.ui.creditfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greencredit.domain.indicator.DimensionDefinition;
import org.greencredit.domain.indicator.GradeDefinition;
import org.greencredit.domain.indicator.IndicatorDefinition;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.SpecialRule;

/** How one indicator system version names its grades, dimensions, indicators and rules, in either language. */
public record VersionNames(IndicatorSystem system) {

    public String grade(String code, Locale locale) {
        return system.grade(code).map(GradeDefinition::name).map(name -> name.in(locale)).orElse(code);
    }

    public String dimension(String code, Locale locale) {
        return system.dimensions().stream().filter(dimension -> dimension.code().equals(code)).findFirst()
                     .map(dimension -> dimension.name().in(locale)).orElse(code);
    }

    public String indicator(String code, Locale locale) {
        return system.dimensions().stream().map(DimensionDefinition::indicators).flatMap(List::stream)
                     .filter(indicator -> indicator.code().equals(code)).findFirst()
                     .map(IndicatorDefinition::name).map(name -> name.in(locale)).orElse(code);
    }

    public String rule(String ruleId, Locale locale) {
        return rule(ruleId).map(rule -> rule.name().in(locale)).orElse(ruleId);
    }

    private Optional<SpecialRule> rule(String ruleId) {
        return java.util.stream.Stream.of(system.vetoes(), system.ceilings(), system.downgrades())
                                      .flatMap(List::stream).filter(rule -> rule.id().equals(ruleId)).findFirst();
    }
}
