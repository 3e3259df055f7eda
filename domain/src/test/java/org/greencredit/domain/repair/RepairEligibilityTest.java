package org.greencredit.domain.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.RepairConditionKind;
import org.greencredit.domain.indicator.RepairRules;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.support.DefaultVersions;
import org.junit.jupiter.api.Test;

/** The repair conditions of the default version, case by case. */
class RepairEligibilityTest {

    private static final RepairRules RULES = DefaultVersions.ENGINE.system().repair();
    private static final LocalDate GRADED_ON = LocalDate.of(2026, 5, 15);

    private static ResolvedFact violation(String id, String on, String category, String severity) {
        return new ResolvedFact(id, FactType.VIOLATION, LocalDate.parse(on), FactAttributes.of(
                "category", category, "severity", severity, "medium", "AIR", "decisionNo", "京通环罚〔2025〕" + id + "号",
                "penaltyExempted", false, "fineYuan", 10000, "measures", List.of("FINE")));
    }

    private static GradeDecision graded(List<ResolvedFact> facts) {
        return DefaultVersions.ENGINE.score(facts, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                                            LocalDate.of(2026, 4, 21));
    }

    private static RepairCondition condition(List<RepairCondition> conditions, RepairConditionKind kind) {
        return conditions.stream().filter(c -> c.condition() == kind).findFirst().orElseThrow();
    }

    @Test
    void aGeneralViolationWaitsThreeCalendarMonths() {
        ResolvedFact general = violation("g", "2025-12-01", "FACILITY_ABNORMAL", "GENERAL");
        ResolvedFact serious = violation("s", "2025-02-01", "FACILITY_ABNORMAL", "SERIOUS");
        GradeDecision c = graded(List.of(serious, general));
        assertThat(c.grade()).isEqualTo("C");

        List<RepairCondition> early = RepairEligibility.evaluate(RULES, c, GRADED_ON, List.of(serious, general),
                                                                 List.of("g"), "承诺", LocalDate.of(2026, 2, 28));
        assertThat(condition(early, RepairConditionKind.WAITING_PERIOD))
                .isEqualTo(new RepairCondition(RepairConditionKind.WAITING_PERIOD, false, List.of("2026-03-01")));
        List<RepairCondition> due = RepairEligibility.evaluate(RULES, c, GRADED_ON, List.of(serious, general),
                                                               List.of("g"), "承诺", LocalDate.of(2026, 3, 1));
        assertThat(condition(due, RepairConditionKind.WAITING_PERIOD).holds()).isTrue();
    }

    @Test
    void theMostSevereRequestedFactSetsTheWait() {
        ResolvedFact general = violation("g", "2025-12-01", "FACILITY_ABNORMAL", "GENERAL");
        ResolvedFact serious = violation("s", "2025-09-01", "FACILITY_ABNORMAL", "SERIOUS");
        GradeDecision c = graded(List.of(serious, general));

        List<RepairCondition> conditions = RepairEligibility.evaluate(
                RULES, c, GRADED_ON, List.of(serious, general), List.of("g", "s"), "承诺", LocalDate.of(2026, 6, 1));
        assertThat(condition(conditions, RepairConditionKind.WAITING_PERIOD))
                .isEqualTo(new RepairCondition(RepairConditionKind.WAITING_PERIOD, false, List.of("2026-09-01")));
    }

    @Test
    void aVetoedFactWaitsTwelveMonthsWhateverItsSeverity() {
        ResolvedFact falsified = violation("f", "2025-08-01", "DATA_FALSIFICATION", "MINOR");
        GradeDecision d = graded(List.of(falsified));
        assertThat(d.grade()).isEqualTo("D");

        List<RepairCondition> conditions = RepairEligibility.evaluate(RULES, d, GRADED_ON, List.of(falsified),
                                                                      List.of("f"), "承诺", LocalDate.of(2026, 6, 1));
        assertThat(condition(conditions, RepairConditionKind.WAITING_PERIOD).details()).containsExactly("2026-08-01");
    }

    @Test
    void openFindingsNewViolationsAndAMissingCommitmentAreNamed() {
        ResolvedFact serious = violation("s", "2025-02-01", "FACILITY_ABNORMAL", "SERIOUS");
        ResolvedFact finding = new ResolvedFact("f1", FactType.DIAGNOSIS_FINDING, LocalDate.of(2025, 6, 1),
                                                FactAttributes.of("area", "FACILITIES", "severity", "MINOR",
                                                                  "deadline", "2025-09-01"));
        ResolvedFact newer = violation("n", "2026-05-20", "NOISE", "MINOR");
        List<ResolvedFact> counting = List.of(serious, finding, newer);
        GradeDecision c = graded(List.of(serious, finding));

        List<RepairCondition> conditions = RepairEligibility.evaluate(RULES, c, GRADED_ON, counting, List.of("s"),
                                                                      null, LocalDate.of(2026, 6, 1));
        assertThat(condition(conditions, RepairConditionKind.FINDINGS_RECTIFIED).details()).containsExactly("f1");
        assertThat(condition(conditions, RepairConditionKind.NO_NEW_VIOLATION_SINCE_GRADE).details()).containsExactly("n");
        assertThat(condition(conditions, RepairConditionKind.COMMITMENT_SIGNED).holds()).isFalse();

        ResolvedFact rectified = new ResolvedFact("r1", FactType.RECTIFICATION_COMPLETED, LocalDate.of(2026, 5, 30),
                                                  FactAttributes.of("findingId", "f1", "verifiedBy", "第三方"));
        ResolvedFact commitment = new ResolvedFact("c1", FactType.CREDIT_COMMITMENT, LocalDate.of(2026, 5, 20),
                                                   FactAttributes.empty());
        List<RepairCondition> later = RepairEligibility.evaluate(
                RULES, c, GRADED_ON, List.of(serious, finding, rectified, commitment), List.of("s"), null,
                LocalDate.of(2026, 6, 1));
        assertThat(later).filteredOn(RepairCondition::holds).extracting(RepairCondition::condition)
                         .containsExactly(RepairConditionKind.WAITING_PERIOD, RepairConditionKind.FINDINGS_RECTIFIED,
                                          RepairConditionKind.NO_NEW_VIOLATION_SINCE_GRADE,
                                          RepairConditionKind.COMMITMENT_SIGNED);
    }

    @Test
    void aCriminalReferralOlderThan36MonthsNoLongerBarsRepair() {
        ResolvedFact referred = new ResolvedFact("v", FactType.VIOLATION, LocalDate.of(2023, 5, 1), FactAttributes.of(
                "category", "OTHER", "severity", "GRAVE", "medium", "NONE", "decisionNo", "京通环罚〔2023〕1号",
                "penaltyExempted", false, "fineYuan", 0, "measures", List.of("CRIMINAL_TRANSFER")));
        GradeDecision d = DefaultVersions.ENGINE.score(List.of(referred), LocalDate.of(2025, 1, 1),
                                                       LocalDate.of(2025, 12, 31), LocalDate.of(2026, 4, 21));
        assertThat(d.grade()).isEqualTo("D");

        assertThatThrownBy(() -> RepairEligibility.requireRepairable(RULES, d, List.of("v"), LocalDate.of(2026, 4, 30)))
                .isInstanceOf(RuleViolation.class).hasMessage("repair.notRepairable [V01, 36]");
        RepairEligibility.requireRepairable(RULES, d, List.of("v"), LocalDate.of(2026, 5, 1));
    }
}
