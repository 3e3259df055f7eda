package org.greencredit.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.scoring.Facts.fact;
import static org.greencredit.domain.scoring.Facts.violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.IndicatorSystemParser;
import org.greencredit.domain.indicator.IndicatorSystemParserTestSupport;
import org.greencredit.domain.scoring.DecisionDiff.Change;
import org.greencredit.domain.scoring.DecisionDiff.FactChange;
import org.greencredit.domain.scoring.DecisionDiff.RuleChange;
import org.greencredit.domain.scoring.DecisionDiff.RuleKind;
import org.junit.jupiter.api.Test;

class DecisionDiffTest {

    private static final ScoringEngine ENGINE = WorkedCasesTest.ENGINE;
    private static final ResolvedFact OLD_NOISE = violation("noise", "2024-05-01", "NOISE", "GENERAL");
    private static final ResolvedFact TAX = fact("tax", FactType.TAX, "2025-04-01", "status", "ARREARS");
    private static final ResolvedFact FINDING = fact("finding", FactType.DIAGNOSIS_FINDING, "2024-06-01", "area",
                                                     "FACILITIES", "severity", "MAJOR", "description", "设施老化",
                                                     "measure", "更换设备", "deadline", "2024-12-31");

    @Test
    void aNewYearShowsExpiredNewAndCorrectedFactsAndTheGradeThatMoved() {
        ResolvedFact heavy = violation("heavy", "2025-02-01", "SOLID_WASTE", "SERIOUS");
        GradeDecision before = ENGINE.score(List.of(OLD_NOISE, heavy, FINDING),
                                            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 1));
        ResolvedFact lighter = violation("heavy", "2025-02-01", "SOLID_WASTE", "MINOR");
        GradeDecision after = ENGINE.score(List.of(OLD_NOISE, lighter, FINDING, TAX),
                                           LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 1));

        DecisionDiff diff = DecisionDiff.between(before, after);

        assertThat(diff.facts()).extracting(FactChange::change, change -> change.fact().factId()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Change.EXPIRED, "noise"),
                org.assertj.core.groups.Tuple.tuple(Change.CORRECTED, "heavy"),
                org.assertj.core.groups.Tuple.tuple(Change.ADDED, "tax"));
        assertThat(diff.indicators()).extracting(DecisionDiff.IndicatorChange::code)
                                     .containsExactlyInAnyOrder("PP04", "PP05", "EM05");
        assertThat(diff.totalBefore()).isEqualTo(new BigDecimal("75.0"));
        assertThat(diff.totalAfter()).isEqualTo(new BigDecimal("73.0"));
        assertThat(diff.gradeBefore()).isEqualTo("B");
        assertThat(diff.gradeAfter()).isEqualTo("C");
        assertThat(diff.versionChanged()).isFalse();
    }

    @Test
    void aRevokedViolationIsNamedAsSuchWhenTheCreditFileSaysSo() {
        ResolvedFact falsified = violation("fake", "2025-03-01", "DATA_FALSIFICATION", "SERIOUS");
        GradeDecision vetoed = WorkedCasesTest.score(falsified, TAX);
        GradeDecision afterRevocation = WorkedCasesTest.score(TAX);

        DecisionDiff diff = DecisionDiff.between(vetoed, afterRevocation)
                                        .withFates(id -> id.equals("fake") ? Optional.of(Change.REVOKED) : Optional.empty());

        assertThat(diff.facts()).singleElement().extracting(FactChange::change).isEqualTo(Change.REVOKED);
        assertThat(diff.rules()).contains(new RuleChange(RuleKind.VETO, "V06", false),
                                          new RuleChange(RuleKind.CEILING, "C01", false));
        assertThat(diff.gradeBefore()).isEqualTo("D");
        assertThat(diff.gradeAfter()).isEqualTo("B");
        assertThat(diff.explain(ENGINE.system(), Locale.SIMPLIFIED_CHINESE)).contains(
                "处罚被撤销：篡改、伪造监测数据（较重）「京通环罚〔2025〕fake号」 2025-03-01（0 → —）。",
                "不再适用一票否决：篡改、伪造监测数据（规则V06）。",
                "总分由77.0分变为77.0分（0.0）。",
                "等级由D级变为B级。");
    }

    @Test
    void aNewVersionIsNamedAndItsEffectOnTheSameFactsShown() {
        var stricter = ScoringEngine.of(IndicatorSystemParser.parse(IndicatorSystemParserTestSupport.shippedYaml()
                .replace("version: \"2026.1\"", "version: \"2027.1\"")
                .replace("{id: EM05-b, match: {type: TAX, status: ARREARS}, window: PERIOD, points: -3}",
                         "{id: EM05-b, match: {type: TAX, status: ARREARS}, window: PERIOD, points: -6}")));
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        GradeDecision before = ENGINE.score(List.of(TAX), from, to, asOf);
        GradeDecision after = stricter.score(List.of(TAX), from, to, asOf);

        DecisionDiff diff = DecisionDiff.between(before, after);

        assertThat(diff.versionChanged()).isTrue();
        assertThat(diff.facts()).isEmpty();
        assertThat(diff.explain(stricter.system(), Locale.ENGLISH)).contains(
                "The indicator system changed from 2026.1 to 2027.1.",
                "  - Records, environmental tax and carbon compliance: -3.0 -> -6.0",
                "The total changed from 77.0 to 74.0 (-3.0).",
                "The grade changed from B to C.");
    }

    @Test
    void aCeilingThatNowAllowsALowerBestGradeIsNamedWithBothGrades() {
        var harsher = ScoringEngine.of(IndicatorSystemParser.parse(IndicatorSystemParserTestSupport.shippedYaml()
                .replace("version: \"2026.1\"", "version: \"2027.1\"")
                .replace("penaltyExempted: false}, window: PERIOD, maxGrade: B}",
                         "penaltyExempted: false}, window: PERIOD, maxGrade: C}")));
        ResolvedFact noise = violation("noise-2025", "2025-05-01", "NOISE", "MINOR");
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        GradeDecision before = ENGINE.score(List.of(noise), from, to, asOf);
        GradeDecision after = harsher.score(List.of(noise), from, to, asOf);

        DecisionDiff diff = DecisionDiff.between(before, after);

        assertThat(before.grade()).isEqualTo("B");
        assertThat(after.grade()).isEqualTo("C");
        assertThat(diff.rules()).isEmpty();
        assertThat(diff.ceilingsChanged()).containsExactly(new DecisionDiff.CeilingChange("C01", "B", "C"));
        assertThat(diff.explain(harsher.system(), Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "指标体系由 2026.1 变为 2027.1。",
                "封顶规则的最高等级改变：评价期内受到行政处罚（规则C01）由最高B级变为最高C级。",
                "总分由" + before.total() + "分变为" + after.total() + "分（0.0）。",
                "等级由B级变为C级。");
    }

    @Test
    void aHigherMinimumScoreIsShownAsTheGradeByTotalScoreChangingAtTheSameTotal() {
        var stricter = ScoringEngine.of(IndicatorSystemParser.parse(IndicatorSystemParserTestSupport.shippedYaml()
                .replace("version: \"2026.1\"", "version: \"2027.1\"")
                .replace("{code: B, minScore: 75", "{code: B, minScore: 80")));
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        GradeDecision before = ENGINE.score(List.of(TAX), from, to, asOf);
        GradeDecision after = stricter.score(List.of(TAX), from, to, asOf);

        DecisionDiff diff = DecisionDiff.between(before, after);

        assertThat(diff.totalAfter()).isEqualByComparingTo(diff.totalBefore()).isEqualByComparingTo("77.0");
        assertThat(diff.explain(stricter.system(), Locale.ENGLISH)).containsExactly(
                "The indicator system changed from 2026.1 to 2027.1.",
                "The total changed from 77.0 to 77.0 (0.0).",
                "The grade by total score changed from B to C.",
                "The grade changed from B to C.");
    }

    @Test
    void twoDecisionsOnTheSameGroundsShowNoChange() {
        GradeDecision decision = WorkedCasesTest.score(TAX);

        assertThat(DecisionDiff.between(decision, decision).explain(ENGINE.system(), Locale.SIMPLIFIED_CHINESE))
                .first().isEqualTo("两次决定的依据与结果相同。");
    }
}
