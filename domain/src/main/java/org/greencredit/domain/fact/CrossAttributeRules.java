package org.greencredit.domain.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.greencredit.domain.common.RuleViolation;

/** Rules that tie several attributes of one fact together, or an attribute to the fact's date. */
final class CrossAttributeRules {

    private static final Pattern REPORT_PERIOD = Pattern.compile("\\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?");
    private static final List<String> GOVERNMENT_LEVELS = List.of("NATIONAL", "MUNICIPAL", "DISTRICT");
    private static final List<String> PERFORMANCE_GRADES = List.of("A", "LEADING", "B", "C");

    private CrossAttributeRules() {
    }

    static void check(FactType type, FactAttributes attributes, LocalDate occurredOn) {
        switch (type) {
            case VIOLATION -> {
                if (attributes.flag("penaltyExempted") && attributes.decimal("fineYuan").compareTo(BigDecimal.ZERO) > 0) {
                    throw new RuleViolation("violation.exemptedButFined");
                }
            }
            case PERMIT_REPORT -> {
                if (!REPORT_PERIOD.matcher(attributes.text("reportPeriod")).matches()) {
                    throw new RuleViolation("permitReport.period.invalid", attributes.text("reportPeriod"));
                }
            }
            case DIAGNOSIS_FINDING -> notBefore("deadline", attributes.date("deadline"), occurredOn);
            case GREEN_PRACTICE -> {
                notBefore("validUntil", attributes.date("validUntil"), occurredOn);
                checkPracticeLevel(attributes);
            }
            default -> {
                // no rule spans several attributes of this type
            }
        }
    }

    private static void checkPracticeLevel(FactAttributes attributes) {
        String kind = attributes.text("kind");
        String level = attributes.text("level");
        List<String> allowed = switch (GreenPracticeKind.valueOf(kind)) {
            case GREEN_FACTORY, GREEN_SUPPLY_CHAIN -> GOVERNMENT_LEVELS;
            case HEAVY_POLLUTION_PERFORMANCE -> PERFORMANCE_GRADES;
            default -> List.of();
        };
        if (allowed.isEmpty() && level != null) {
            throw new RuleViolation("fact.attribute.notApplicable", "greenPracticeKind." + kind, "field.level");
        }
        if (!allowed.isEmpty() && (level == null || !allowed.contains(level))) {
            throw new RuleViolation("greenPractice.level.invalid", "greenPracticeKind." + kind, String.valueOf(level));
        }
    }

    private static void notBefore(String name, LocalDate date, LocalDate occurredOn) {
        if (date != null && occurredOn != null && date.isBefore(occurredOn)) {
            throw new RuleViolation("fact.attribute.dateBeforeOccurrence", "field." + name);
        }
    }
}
