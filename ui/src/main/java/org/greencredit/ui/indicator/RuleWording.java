package org.greencredit.ui.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greencredit.domain.indicator.Condition;
import org.greencredit.domain.indicator.FactMatch;
import org.greencredit.domain.indicator.Points;
import org.greencredit.domain.indicator.Window;

/**
 * Puts the parts of an indicator rule into words of the user's language: which facts it looks at, over which
 * time, and what each is worth. Attribute names and values use the domain's vocabulary where it has a word.
 */
final class RuleWording {

    /** Attributes whose values the domain bundle translates under another prefix than the attribute's name. */
    private static final Map<String, String> VOCABULARY = Map.of("category", "violationCategory",
                                                                 "kind", "greenPracticeKind",
                                                                 "severity", "severity");

    private final Texts texts;

    RuleWording(Texts texts) {
        this.texts = texts;
    }

    String match(FactMatch match) {
        StringBuilder words = new StringBuilder(texts.orRaw("factType." + match.type().name(), match.type().name()));
        String conditions = conditions(match.conditions());
        if (!conditions.isEmpty()) {
            words.append(texts.text("indicator.rule.conditions", conditions));
        }
        if (!match.anyOf().isEmpty()) {
            words.append(texts.text("indicator.rule.anyOf", match.anyOf().stream().map(this::conditions)
                                                                     .collect(Collectors.joining(texts.text("indicator.rule.or")))));
        }
        if (match.overdue()) {
            words.append(texts.text("indicator.rule.overdue"));
        }
        if (match.validAtAsOf()) {
            words.append(texts.text("indicator.rule.validAtAsOf"));
        }
        return words.toString();
    }

    String window(Window window) {
        if (window == null) {
            return texts.text("indicator.window.PERIOD");
        }
        return window.kind() == Window.Kind.LOOKBACK
                ? texts.text("indicator.window.LOOKBACK", window.months())
                : texts.text("indicator.window." + window.kind().name());
    }

    String points(Points points) {
        if (points.fixed() != null) {
            return texts.text("indicator.points.fixed", signed(points.fixed()));
        }
        if (points.by() != null) {
            String table = points.table().entrySet().stream().sorted(Map.Entry.comparingByValue())
                                 .map(entry -> value(points.by(), entry.getKey()) + " " + signed(entry.getValue()))
                                 .collect(Collectors.joining("，"));
            return texts.text("indicator.points.byTable", attribute(points.by()), table);
        }
        return texts.text("indicator.points.perUnit", attribute(points.perUnit()), signed(points.each()));
    }

    String signed(BigDecimal points) {
        String plain = points.stripTrailingZeros().toPlainString();
        return points.signum() > 0 ? "+" + plain : plain;
    }

    private String conditions(Map<String, Condition> conditions) {
        return conditions.entrySet().stream().map(entry -> condition(entry.getKey(), entry.getValue()))
                         .collect(Collectors.joining("；"));
    }

    private String condition(String attribute, Condition condition) {
        StringBuilder words = new StringBuilder(attribute(attribute));
        if (condition.in() != null) {
            words.append(texts.text("indicator.condition.in", values(attribute, condition.in())));
        }
        if (condition.any() != null) {
            words.append(texts.text("indicator.condition.any", values(attribute, condition.any())));
        }
        if (condition.gte() != null) {
            words.append(" ≥ ").append(condition.gte().stripTrailingZeros().toPlainString());
        }
        if (condition.lt() != null) {
            words.append(" < ").append(condition.lt().stripTrailingZeros().toPlainString());
        }
        return words.toString();
    }

    private String attribute(String attribute) {
        return texts.orRaw("field." + attribute, attribute);
    }

    private String values(String attribute, List<String> values) {
        return values.stream().map(value -> value(attribute, value)).collect(Collectors.joining("、"));
    }

    private String value(String attribute, String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return texts.text("indicator.value." + value);
        }
        return texts.orRaw(VOCABULARY.getOrDefault(attribute, attribute) + "." + value, value);
    }
}
