package org.greencredit.ui.i18n;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greencredit.domain.fact.AttributeKind;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.scoring.FactLabel;

/**
 * Names of fact attributes and of their values as the bundles hold them. The domain already names violation
 * categories, severities and green practices; the other coded values are named under {@code fact.value.*}, where
 * a diagnosis finding's severity has its own words (一般问题/重大问题) unlike a violation's (轻微…严重).
 */
public final class AttributeLabels {

    private AttributeLabels() {
    }

    public static String nameKey(String attribute) {
        return "field." + attribute;
    }

    public static String valueKey(FactType type, String attribute, String code) {
        if (type == FactType.VIOLATION && attribute.equals("category")) {
            return "violationCategory." + code;
        }
        if (type == FactType.VIOLATION && attribute.equals("severity")) {
            return "severity." + code;
        }
        if (type == FactType.GREEN_PRACTICE && attribute.equals("kind")) {
            return "greenPracticeKind." + code;
        }
        if (type == FactType.DIAGNOSIS_FINDING && attribute.equals("severity")) {
            return "fact.value.findingSeverity." + code;
        }
        return "fact.value." + attribute + "." + code;
    }

    /**
     * The attributes of a fact in one line ("违法类别：超标排放；严重程度：一般 …"), coded values translated, flags as
     * 是/否; attributes the type no longer defines are shown as stored.
     */
    public static String summary(FactType type, Map<String, Object> attributes,
                                 BiFunction<String, Object[], String> translate) {
        return summary(type, attributes, translate, id -> translate.apply("factLabel.unknown", new Object[0]));
    }

    /**
     * The same, with a reference to another fact (the violation a penalty was paid for, the finding rectified)
     * named by {@code referenced} — never by the other fact's internal id.
     */
    public static String summary(FactType type, Map<String, Object> attributes,
                                 BiFunction<String, Object[], String> translate, Function<String, String> referenced) {
        return attributes.entrySet().stream()
                         .map(entry -> translate.apply(nameKey(entry.getKey()), new Object[0]) + "："
                                       + value(type, entry.getKey(), entry.getValue(), translate, referenced))
                         .collect(Collectors.joining("；"));
    }

    /**
     * How a fact is named where another refers to it: its type, what identifies it (a decision number, a title)
     * and its date, as the domain's {@code FactLabel} names it.
     */
    public static String label(FactType type, Map<String, Object> attributes, Object occurredOn,
                               BiFunction<String, Object[], String> translate) {
        String what = translate.apply("factType." + type.name(), new Object[0]);
        String identifying = FactLabel.identifyingAttribute(type).map(attributes::get).map(String::valueOf)
                                      .filter(text -> !text.isBlank()).orElse(null);
        return (identifying == null ? what : translate.apply("factLabel.identified", new Object[] {what, identifying}))
               + " " + occurredOn;
    }

    private static String value(FactType type, String attribute, Object value,
                                BiFunction<String, Object[], String> translate, Function<String, String> referenced) {
        AttributeKind kind = type.attribute(attribute).map(definition -> definition.kind()).orElse(AttributeKind.TEXT);
        return switch (kind) {
            case CHOICE -> translate.apply(valueKey(type, attribute, String.valueOf(value)), new Object[0]);
            case CHOICES -> value instanceof Collection<?> codes
                    ? codes.stream().map(code -> translate.apply(valueKey(type, attribute, code.toString()),
                                                                 new Object[0]))
                           .collect(Collectors.joining("、"))
                    : String.valueOf(value);
            case FLAG -> translate.apply(Boolean.TRUE.equals(value) ? "fact.value.yes" : "fact.value.no",
                                         new Object[0]);
            case DECIMAL, WHOLE_NUMBER -> value instanceof BigDecimal number ? number.toPlainString()
                                                                               : String.valueOf(value);
            case REFERENCE -> referenced.apply(String.valueOf(value));
            default -> String.valueOf(value);
        };
    }
}
