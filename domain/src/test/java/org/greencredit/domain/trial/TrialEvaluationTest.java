package org.greencredit.domain.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemParser;
import org.greencredit.domain.scoring.DecisionDiff.RuleKind;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.domain.trial.VersionChange.Kind;
import org.junit.jupiter.api.Test;

/**
 * 试评价 over a district of eight enterprises, period 2025, decision date 2026-03-01, published version 2026.1
 * (B from 75 points). Totals by hand: E1 no facts 80; E2 tax arrears −3 → 77; E3 a late permit report −2 → 78;
 * E4 a substantiated complaint −1 → 79; E5 ISO 14001 +2 and clean energy +2 → 84; E6 falsified monitoring data, no deduction
 * but the veto V06 and the ceilings C01 and C02 → 80, D; E7 arrears and a late report → 75; E8 arrears and a missing report −7 → 73, C.
 */
class TrialEvaluationTest {

    static final String YAML = DefaultIndicatorSystem.yaml();
    static final ScoringEngine PUBLISHED = ScoringEngine.of(IndicatorSystemParser.parse(YAML));
    static final ScoringEngine B_FROM_80 = draft("2026.2", "{code: B, minScore: 75", "{code: B, minScore: 80");
    static final ScoringEngine ARREARS_6 = draft("2026.3", "status: ARREARS}, window: PERIOD, points: -3}",
                                                 "status: ARREARS}, window: PERIOD, points: -6}");
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    static final List<TrialSubject> DISTRICT = List.of(
            subject("E1"),
            subject("E2", tax("E2")),
            subject("E3", late("E3")),
            subject("E4", fact("E4-c", FactType.COMPLAINT, "2025-05-01", "channel", "12345", "substantiated", true)),
            subject("E5", fact("E5-iso", FactType.GREEN_PRACTICE, "2024-05-01", "kind", "ISO14001", "validUntil",
                               "2027-04-30"),
                    fact("E5-ce", FactType.GREEN_PRACTICE, "2025-06-01", "kind", "CLEAN_ENERGY")),
            subject("E6", fact("E6-v", FactType.VIOLATION, "2025-03-01", "category", "DATA_FALSIFICATION", "severity",
                               "SERIOUS", "decisionNo", "京通环罚〔2025〕6号", "medium", "NONE")),
            subject("E7", tax("E7"), late("E7")),
            subject("E8", tax("E8"), fact("E8-p", FactType.PERMIT_REPORT, "2025-04-01", "reportPeriod", "2025-Q1",
                                          "status", "MISSING")));

    @Test
    void theDistrictScoresAsComputedByHand() {
        TrialResult result = run(PUBLISHED, DISTRICT);

        assertThat(result.outcomes()).extracting(o -> o.candidate().total().toPlainString())
                                     .containsExactly("80.0", "77.0", "78.0", "79.0", "84.0", "80.0", "75.0", "73.0");
        assertThat(result.outcomes()).extracting(o -> o.candidate().grade())
                                     .containsExactly("B", "B", "B", "B", "B", "D", "B", "C");
    }

    @Test
    void thePublishedVersionAgainstItselfMovesNobody() {
        TrialResult result = run(PUBLISHED, DISTRICT);

        assertThat(result.movers()).isEmpty();
        assertThat(result.sensitivity()).isEmpty();
        assertThat(result.baselineDistribution()).isEqualTo(result.candidateDistribution())
                                                 .isEqualTo(Map.of("A", 0, "B", 6, "C", 1, "D", 1));
        assertThat(result.outcomes()).allMatch(o -> o.movement() == Movement.SAME && o.baseline().equals(o.candidate()));
    }

    @Test
    void raisingTheThresholdOfBMovesExactlyTheEnterprisesBetween75And80() {
        TrialResult result = run(B_FROM_80, DISTRICT);

        assertThat(result.movers()).extracting(Mover::creditCode).containsExactly("E2", "E3", "E4", "E7");
        assertThat(result.movers()).allMatch(m -> m.movement() == Movement.DOWN);
        assertThat(result.candidateDistribution()).isEqualTo(Map.of("A", 0, "B", 2, "C", 5, "D", 1));
        assertThat(result.sensitivity()).containsExactly(
                new Sensitivity(new VersionChange(Kind.GRADE, "B"), 4, 0, 4));
        assertThat(result.down()).isEqualTo(4);
        assertThat(result.up()).isZero();
    }

    @Test
    void aMoverIsToldInTheWordsOfTheDecisionComparison() {
        Mover e2 = run(B_FROM_80, DISTRICT).movers().get(0);

        List<String> words = e2.diff().explain(B_FROM_80.system(), Locale.SIMPLIFIED_CHINESE);

        assertThat(words).contains("指标体系由 2026.1 变为 2026.2。", "等级由B级变为C级。");
        assertThat(e2.diff().indicators()).isEmpty();
    }

    @Test
    void aHeavierRuleMovesOnlyTheEnterprisesItHitsAndTheSensitivityCountsEachDifferenceAlone() {
        TrialResult heavier = run(ARREARS_6, DISTRICT);
        assertThat(heavier.movers()).extracting(Mover::creditCode).containsExactly("E2", "E7");
        assertThat(heavier.movers().get(0).diff().indicators()).singleElement()
                .satisfies(change -> assertThat(change.code()).isEqualTo("EM05"));
        assertThat(heavier.sensitivity()).containsExactly(
                new Sensitivity(new VersionChange(Kind.RULE, "EM05-b"), 2, 0, 2));

        ScoringEngine both = draft("2026.4", "{code: B, minScore: 75", "{code: B, minScore: 80",
                                   "status: ARREARS}, window: PERIOD, points: -3}",
                                   "status: ARREARS}, window: PERIOD, points: -6}");
        TrialResult combined = run(both, DISTRICT);
        assertThat(combined.movers()).extracting(Mover::creditCode).containsExactly("E2", "E3", "E4", "E7");
        assertThat(combined.sensitivity()).containsExactly(
                new Sensitivity(new VersionChange(Kind.GRADE, "B"), 4, 0, 4),
                new Sensitivity(new VersionChange(Kind.RULE, "EM05-b"), 2, 0, 2));
    }

    @Test
    void dimensionTotalsAndRuleHitsAreCountedPerVersion() {
        TrialResult result = run(ARREARS_6, DISTRICT);

        DimensionTotal em = result.dimensionTotals().stream().filter(t -> t.code().equals("EM")).findFirst()
                                  .orElseThrow();
        // EM per enterprise 30,27,28,30,30,30,25,23 = 223 before; arrears −3 more for E2, E7, E8 = 214 after
        assertThat(em.baselineSum()).isEqualByComparingTo("223");
        assertThat(em.candidateSum()).isEqualByComparingTo("214");
        assertThat(em.candidateMean()).isEqualByComparingTo("26.8");
        assertThat(result.ruleHits()).containsExactly(
                new RuleHits(RuleKind.CEILING, "C01", List.of("E6"), List.of("E6")),
                new RuleHits(RuleKind.CEILING, "C02", List.of("E6"), List.of("E6")),
                new RuleHits(RuleKind.VETO, "V06", List.of("E6"), List.of("E6")));
    }

    @Test
    void theResultHashIsStableAcrossRerunsOrderAndThreads() {
        TrialResult first = run(B_FROM_80, DISTRICT);
        List<TrialSubject> shuffled = new ArrayList<>(DISTRICT);
        Collections.shuffle(shuffled, new Random(17));
        TrialResult again = run(draft("2026.2", "{code: B, minScore: 75", "{code: B, minScore: 80"), shuffled);

        assertThat(again.resultHash()).isEqualTo(first.resultHash()).hasSize(64);
        assertThat(run(ARREARS_6, DISTRICT).resultHash()).isNotEqualTo(first.resultHash());
        assertThat(TrialEvaluation.run(new TrialRequest(B_FROM_80, Baseline.VERSION, PUBLISHED, FROM, TO,
                                                        AS_OF.plusDays(1)), DISTRICT, (d, t) -> { })
                                  .resultHash()).isNotEqualTo(first.resultHash());
    }

    @Test
    void againstTheGradesInForceAnEnterpriseWithoutAGradeIsUngradedAndNoSensitivityIsComputed() {
        GradeDecision e2InForce = PUBLISHED.score(List.of(), FROM, TO, AS_OF);
        List<TrialSubject> subjects = List.of(new TrialSubject("E1", List.of(), null),
                                              new TrialSubject("E2", List.of(tax("E2")), e2InForce));

        TrialResult result = TrialEvaluation.run(new TrialRequest(B_FROM_80, Baseline.IN_FORCE, null, FROM, TO, AS_OF),
                                                 subjects, (d, t) -> { });

        assertThat(result.outcomes()).extracting(TrialOutcome::movement)
                                     .containsExactly(Movement.UNGRADED, Movement.DOWN);
        assertThat(result.ungradedInBaseline()).isEqualTo(1);
        assertThat(result.baselineDistribution()).isEqualTo(Map.of("A", 0, "B", 1, "C", 0, "D", 0));
        assertThat(result.sensitivity()).isEmpty();
        assertThat(result.movers().get(0).diff().facts()).singleElement()
                .satisfies(change -> assertThat(change.fact().factId()).isEqualTo("E2-tax"));
    }

    @Test
    void progressReachesTheTotal() {
        List<long[]> reports = Collections.synchronizedList(new ArrayList<>());

        TrialEvaluation.run(new TrialRequest(B_FROM_80, Baseline.VERSION, PUBLISHED, FROM, TO, AS_OF), DISTRICT,
                            (done, total) -> reports.add(new long[] {done, total}));

        assertThat(reports.get(reports.size() - 1)).containsExactly(24, 24);
    }

    @Test
    void anEmptyPopulationOrAReversedPeriodIsRefused() {
        TrialRequest request = new TrialRequest(B_FROM_80, Baseline.VERSION, PUBLISHED, FROM, TO, AS_OF);
        assertThatThrownBy(() -> TrialEvaluation.run(request, List.of(), (d, t) -> { }))
                .isInstanceOfSatisfying(RuleViolation.class,
                                        v -> assertThat(v.messageKey()).isEqualTo("trial.population.empty"));
        assertThatThrownBy(() -> new TrialRequest(B_FROM_80, Baseline.VERSION, PUBLISHED, TO, FROM, AS_OF))
                .isInstanceOfSatisfying(RuleViolation.class,
                                        v -> assertThat(v.messageKey()).isEqualTo("date.beforeBoundary"));
        assertThatThrownBy(() -> new TrialRequest(B_FROM_80, Baseline.VERSION, PUBLISHED, FROM, TO, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                                        v -> assertThat(v.arguments()).containsExactly("field.asOf"));
    }

    static TrialResult run(ScoringEngine candidate, List<TrialSubject> subjects) {
        return TrialEvaluation.run(new TrialRequest(candidate, Baseline.VERSION, PUBLISHED, FROM, TO, AS_OF),
                                   subjects, (done, total) -> { });
    }

    static ScoringEngine draft(String version, String... replacements) {
        String yaml = YAML.replace("version: \"2026.1\"", "version: \"" + version + "\"");
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(yaml).contains(replacements[i]);
            yaml = yaml.replace(replacements[i], replacements[i + 1]);
        }
        return ScoringEngine.of(IndicatorSystemParser.parse(yaml));
    }

    static TrialSubject subject(String code, ResolvedFact... facts) {
        return new TrialSubject(code, List.of(facts), null);
    }

    static ResolvedFact tax(String code) {
        return fact(code + "-tax", FactType.TAX, "2025-04-01", "status", "ARREARS");
    }

    static ResolvedFact late(String code) {
        return fact(code + "-late", FactType.PERMIT_REPORT, "2025-04-01", "reportPeriod", "2025-Q1", "status", "LATE");
    }

    static ResolvedFact fact(String id, FactType type, String occurredOn, Object... attributes) {
        return new ResolvedFact(id, type, LocalDate.parse(occurredOn), FactAttributes.of(attributes));
    }
}
