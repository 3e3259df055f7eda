package org.greencredit.domain.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.creditfile.FactStatus;
import org.greencredit.domain.creditfile.RecordedFact;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.Severity;
import org.greencredit.domain.inspection.LenientEnforcement.Advice;
import org.greencredit.domain.inspection.LenientEnforcement.Rule;
import org.greencredit.domain.inspection.LenientEnforcement.Suggestion;
import org.junit.jupiter.api.Test;

/** 轻微违法免罚、初次违法慎罚, rule by rule. */
class LenientEnforcementTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 1);

    private static RecordedFact violation(String id, LocalDate on, FactStatus status) {
        return new RecordedFact(id, FactType.VIOLATION, on, FactSource.ENFORCEMENT, null, FactAttributes.empty(), status);
    }

    private static RecordedFact award(LocalDate on) {
        return new RecordedFact("award", FactType.AWARD, on, FactSource.OTHER_DEPARTMENT, null, FactAttributes.empty(),
                                FactStatus.COUNTED);
    }

    @Test
    void aMinorFirstViolationOfALenientGradeIsNotPenalised() {
        assertThat(LenientEnforcement.advise(true, List.of(award(ON.minusMonths(1))), Severity.MINOR, ON))
                .isEqualTo(new Advice(Suggestion.NO_PENALTY, Rule.MINOR_FIRST_VIOLATION, null));
    }

    @Test
    void aGeneralFirstViolationIsPenalisedWithCaution() {
        assertThat(LenientEnforcement.advise(true, List.of(), Severity.GENERAL, ON))
                .isEqualTo(new Advice(Suggestion.CAUTIOUS_PENALTY, Rule.FIRST_VIOLATION, null));
    }

    @Test
    void seriousAndGraveHarmGetNoLeniency() {
        assertThat(LenientEnforcement.advise(true, List.of(), Severity.SERIOUS, ON).rule())
                .isEqualTo(Rule.SEVERITY_TOO_HIGH);
        assertThat(LenientEnforcement.advise(true, List.of(), Severity.GRAVE, ON).suggestion())
                .isEqualTo(Suggestion.NONE);
    }

    @Test
    void aGradeWithoutLenientEnforcementGetsNone() {
        assertThat(LenientEnforcement.advise(false, List.of(), Severity.MINOR, ON))
                .isEqualTo(new Advice(Suggestion.NONE, Rule.GRADE_NOT_LENIENT, null));
    }

    @Test
    void anEarlierViolationWithinTwoYearsMeansNotAFirstViolationEvenIfRepaired() {
        assertThat(LenientEnforcement.advise(true, List.of(violation("v1", ON.minusYears(2), FactStatus.REPAIRED)),
                                             Severity.MINOR, ON))
                .isEqualTo(new Advice(Suggestion.NONE, Rule.NOT_FIRST_VIOLATION, "v1"));
    }

    @Test
    void aRevokedOrOlderViolationDoesNotCount() {
        List<RecordedFact> history = List.of(violation("old", ON.minusYears(2).minusDays(1), FactStatus.COUNTED),
                                             violation("revoked", ON.minusMonths(3), FactStatus.REVOKED),
                                             violation("later", ON.plusDays(1), FactStatus.COUNTED));
        assertThat(LenientEnforcement.advise(true, history, Severity.MINOR, ON).suggestion())
                .isEqualTo(Suggestion.NO_PENALTY);
    }
}
