package org.greencredit.domain.inspection;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.greencredit.domain.creditfile.FactStatus;
import org.greencredit.domain.creditfile.RecordedFact;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.Severity;

/**
 * 轻微违法免罚、初次违法慎罚: what the policy suggests for a new violation of an enterprise whose grade in force
 * gives {@code lenientForMinorFirstViolation} (A and B in 2026.1). It only suggests — the decision stays the
 * officer's under the 行政处罚法 — and the rules are (docs/inspection-draw.md, "Lenient enforcement"):
 * <ul>
 *   <li>not lenient by grade (or no grade in force) → no suggestion;</li>
 *   <li>an earlier violation of the enterprise within {@link #FIRST_VIOLATION_LOOK_BACK} before this one (revoked
 *   violations never happened; repaired ones did) → not a first violation, no suggestion;</li>
 *   <li>first violation and MINOR → 免罚 (no penalty);</li>
 *   <li>first violation and GENERAL → 慎罚 (penalise with caution: the lightest measure that serves);</li>
 *   <li>first violation, SERIOUS or GRAVE → no suggestion: leniency is for minor harm.</li>
 * </ul>
 */
public final class LenientEnforcement {

    /**
     * 初次违法: no other violation in the two years before — the general limitation period of 行政处罚法 art. 36,
     * after which an earlier violation could no longer be penalised either.
     */
    public static final Period FIRST_VIOLATION_LOOK_BACK = Period.ofYears(2);

    public enum Suggestion {
        /** 免罚 */
        NO_PENALTY,
        /** 慎罚 */
        CAUTIOUS_PENALTY,
        /** no leniency suggested */
        NONE
    }

    public enum Rule {
        /** 轻微违法免罚: first violation, minor */
        MINOR_FIRST_VIOLATION,
        /** 初次违法慎罚: first violation, general */
        FIRST_VIOLATION,
        /** the grade in force does not give lenient enforcement */
        GRADE_NOT_LENIENT,
        /** an earlier violation within the look-back */
        NOT_FIRST_VIOLATION,
        /** serious or grave harm */
        SEVERITY_TOO_HIGH
    }

    /** The suggestion, the rule that gave it, and the earlier violation that ruled out a first violation, if any. */
    public record Advice(Suggestion suggestion, Rule rule, String earlierViolationId) {
    }

    private LenientEnforcement() {
    }

    /**
     * @param lenientByGrade {@code lenientForMinorFirstViolation} of the tier of the grade in force (false without one)
     * @param history        the enterprise's facts as its credit file holds them now
     * @param severity       the new violation's severity
     * @param occurredOn     the new violation's date
     */
    public static Advice advise(boolean lenientByGrade, List<RecordedFact> history, Severity severity,
                                LocalDate occurredOn) {
        if (!lenientByGrade) {
            return new Advice(Suggestion.NONE, Rule.GRADE_NOT_LENIENT, null);
        }
        LocalDate from = occurredOn.minus(FIRST_VIOLATION_LOOK_BACK);
        String earlier = history.stream()
                                .filter(fact -> fact.type() == FactType.VIOLATION
                                                && fact.status() != FactStatus.REVOKED
                                                && !fact.occurredOn().isBefore(from)
                                                && !fact.occurredOn().isAfter(occurredOn))
                                .map(RecordedFact::factId).sorted().findFirst().orElse(null);
        if (earlier != null) {
            return new Advice(Suggestion.NONE, Rule.NOT_FIRST_VIOLATION, earlier);
        }
        return switch (severity) {
            case MINOR -> new Advice(Suggestion.NO_PENALTY, Rule.MINOR_FIRST_VIOLATION, null);
            case GENERAL -> new Advice(Suggestion.CAUTIOUS_PENALTY, Rule.FIRST_VIOLATION, null);
            case SERIOUS, GRAVE -> new Advice(Suggestion.NONE, Rule.SEVERITY_TOO_HIGH, null);
        };
    }
}
