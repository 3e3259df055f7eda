package org.greencredit.ui.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.indicator.Condition;
import org.greencredit.domain.indicator.FactMatch;
import org.greencredit.domain.indicator.Points;
import org.greencredit.domain.indicator.Window;
import org.greencredit.ui.i18n.AttributeLabels;

/**
 * Puts the parts of an indicator rule into words of the user's language: which facts it looks at, over which
 * time, and what each is worth. Attribute names and values use the domain's vocabulary where it has a word.
 */
final class RuleWording {

    private final Texts texts;

    RuleWording(Texts texts) {
        this.texts = texts;
    }

    String match(FactMatch match) {
        StringBuilder words = new StringBuilder(texts.text("factType." + match.type().name()));
        String conditions = conditions(match.type(), match.conditions());
        if (!conditions.isEmpty()) {
            words.append(texts.text("indicator.rule.conditions", conditions));
        }
        if (!match.anyOf().isEmpty()) {
            words.append(texts.text("indicator.rule.anyOf", match.anyOf().stream().map(any -> conditions(match.type(), any))
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

    /** {@code type}: the type of the facts the rule matches, whose attribute a table of points is keyed by. */
    String points(Points points, FactType type) {
        if (points.fixed() != null) {
            return texts.text("indicator.points.fixed", signed(points.fixed()));
        }
        if (points.by() != null) {
            String table = points.table().entrySet().stream().sorted(Map.Entry.comparingByValue())
                                 .map(entry -> value(type, points.by(), entry.getKey()) + " " + signed(entry.getValue()))
                                 .collect(Collectors.joining("，"));
            return texts.text("indicator.points.byTable", attribute(points.by()), table);
        }
        return texts.text("indicator.points.perUnit", attribute(points.perUnit()), signed(points.each()));
    }

    String signed(BigDecimal points) {
        String plain = points.stripTrailingZeros().toPlainString();
        return points.signum() > 0 ? "+" + plain : plain;
    }

    private String conditions(FactType type, Map<String, Condition> conditions) {
        return conditions.entrySet().stream().map(entry -> condition(type, entry.getKey(), entry.getValue()))
                         .collect(Collectors.joining("；"));
    }

    private String condition(FactType type, String attribute, Condition condition) {
        StringBuilder words = new StringBuilder(attribute(attribute));
        if (condition.in() != null) {
            words.append(texts.text("indicator.condition.in", values(type, attribute, condition.in())));
        }
        if (condition.any() != null) {
            words.append(texts.text("indicator.condition.any", values(type, attribute, condition.any())));
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
        return texts.text(AttributeLabels.nameKey(attribute));
    }

    private String values(FactType type, String attribute, List<String> values) {
        return values.stream().map(value -> value(type, attribute, value)).collect(Collectors.joining("、"));
    }

    /** A coded value in the words the fact forms use for it (one vocabulary, {@link AttributeLabels}). */
    private String value(FactType type, String attribute, String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return texts.text("indicator.value." + value);
        }
        return texts.text(AttributeLabels.valueKey(type, attribute, value));
    }
}
