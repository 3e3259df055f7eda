package org.greencredit.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.indicator.Condition;
import org.greencredit.domain.indicator.FactMatch;

/** Whether a fact matches a rule's {@link FactMatch} on a decision date (DOMAIN.md, "Scoring", step 1). */
final class FactMatcher {

    private FactMatcher() {
    }

    static boolean matches(FactMatch match, ScoringFact fact, LocalDate asOf, Map<String, LocalDate> rectifiedOn) {
        if (match.type() != fact.type) {
            return false;
        }
        if (!allHold(match.conditions(), fact)) {
            return false;
        }
        if (!match.anyOf().isEmpty() && match.anyOf().stream().noneMatch(alternative -> allHold(alternative, fact))) {
            return false;
        }
        if (match.overdue() && !isOverdue(fact, asOf, rectifiedOn)) {
            return false;
        }
        return !match.validAtAsOf() || fact.validUntil == null || !fact.validUntil.isBefore(asOf);
    }

    /** Past its deadline on the decision date, and not rectified on or before it. */
    private static boolean isOverdue(ScoringFact finding, LocalDate asOf, Map<String, LocalDate> rectifiedOn) {
        if (finding.deadline == null || !finding.deadline.isBefore(asOf)) {
            return false;
        }
        LocalDate rectified = rectifiedOn.get(finding.id());
        return rectified == null || rectified.isAfter(asOf);
    }

    private static boolean allHold(Map<String, Condition> conditions, ScoringFact fact) {
        for (Map.Entry<String, Condition> entry : conditions.entrySet()) {
            if (!holds(entry.getValue(), fact, entry.getKey())) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Condition condition, ScoringFact fact, String attribute) {
        Object value = fact.values.get(attribute);
        if (value == null) {
            return false;
        }
        if (condition.in() != null && !condition.in().contains(asText(value))) {
            return false;
        }
        if (condition.any() != null) {
            if (!(value instanceof List<?> set) || set.stream().noneMatch(element -> condition.any().contains(element))) {
                return false;
            }
        }
        if (condition.gte() != null || condition.lt() != null) {
            if (!(value instanceof BigDecimal number)) {
                return false;
            }
            if (condition.gte() != null && number.compareTo(condition.gte()) < 0) {
                return false;
            }
            return condition.lt() == null || number.compareTo(condition.lt()) < 0;
        }
        return true;
    }

    private static String asText(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }
}
