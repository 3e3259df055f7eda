package org.greencredit.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.scoring.Facts.fact;
import static org.greencredit.domain.scoring.Facts.violation;
import static org.greencredit.domain.scoring.WorkedCasesTest.ENGINE;
import static org.greencredit.domain.scoring.WorkedCasesTest.FROM;
import static org.greencredit.domain.scoring.WorkedCasesTest.TO;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.IndicatorSystemParser;
import org.junit.jupiter.api.Test;

/** Hand-computed cases for each kind of rule, window edge, cap and clamp. */
class RuleSemanticsTest {

    static final ScoringEngine EDGE = edgeCaseEngine();

    private static ScoringEngine edgeCaseEngine() {
        try (InputStream in = RuleSemanticsTest.class.getResourceAsStream("/edge-case-system.yaml")) {
            return ScoringEngine.of(IndicatorSystemParser.parse(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GradeDecision scoreOn(String asOf, ResolvedFact... facts) {
        return ENGINE.score(List.of(facts), FROM, TO, LocalDate.parse(asOf));
    }

    private static BigDecimal indicator(GradeDecision decision, String code) {
        return decision.indicator(code).orElseThrow().points();
    }

    @Test
    void perUnitPointsMultiplyAndTheIndicatorCapHoldsThem() {
        GradeDecision three = scoreOn("2026-03-01", fact(FactType.MONITORING_EXCEEDANCE, "2025-04-01", "medium", "AIR",
                                                         "pollutant", "NOx", "days", 3, "maxMultiple", 0.4));
        GradeDecision many = scoreOn("2026-03-01",
                fact(FactType.MONITORING_EXCEEDANCE, "2025-04-01", "medium", "AIR", "pollutant", "NOx", "days", 30,
                     "maxMultiple", 0.4),
                fact(FactType.MONITORING_EXCEEDANCE, "2025-08-01", "medium", "AIR", "pollutant", "SO2", "days", 15,
                     "maxMultiple", 1.2));

        assertThat(indicator(three, "PP01")).isEqualByComparingTo("-1.5");
        assertThat(many.indicator("PP01").orElseThrow().raw()).isEqualByComparingTo("-22.5");
        assertThat(indicator(many, "PP01")).isEqualByComparingTo("-20");
        assertThat(indicator(many, "PP02")).isEqualByComparingTo("0");
    }

    @Test
    void aTableWithoutTheFactsValueGivesNothing() {
        GradeDecision decision = scoreOn("2026-03-01", fact(FactType.GREEN_PRACTICE, "2025-05-01",
                                                            "kind", "HEAVY_POLLUTION_PERFORMANCE", "level", "C"));

        assertThat(decision.indicator("GL04").orElseThrow().contributions())
                .containsExactly(new Contribution("GL04-a", decision.facts().get(0).factId(), BigDecimal.ZERO));
        assertThat(indicator(decision, "GL04")).isEqualByComparingTo("0");
    }

    @Test
    void aSetConditionMatchesWhenAnyMeasureIsListed() {
        GradeDecision daily = scoreOn("2026-03-01", violation("d", "2025-05-01", "EXCEEDING_STANDARDS", "GENERAL",
                                                               "measures", List.of("FINE", "DAILY_PENALTY"), "medium", "WATER"));
        GradeDecision fined = scoreOn("2026-03-01", violation("f", "2025-05-01", "EXCEEDING_STANDARDS", "GENERAL",
                                                               "measures", List.of("FINE"), "medium", "WATER"));

        assertThat(daily.vetoes()).extracting(RuleHit::ruleId).containsExactly("V11");
        assertThat(fined.vetoes()).isEmpty();
    }

    @Test
    void aFineOfExactly100000ReachesTheSeriousCeilingAndOneYuanLessDoesNot() {
        GradeDecision atLimit = scoreOn("2026-03-01", violation("a", "2025-05-01", "NOISE", "MINOR", "fineYuan", 100000));
        GradeDecision below = scoreOn("2026-03-01", violation("b", "2025-05-01", "NOISE", "MINOR", "fineYuan", "99999.99"));

        assertThat(atLimit.ceilings()).extracting(RuleHit::ruleId).containsExactly("C01", "C02");
        assertThat(below.ceilings()).extracting(RuleHit::ruleId).containsExactly("C01");
    }

    @Test
    void aLessThanConditionExcludesItsBound() {
        GradeDecision decision = EDGE.score(List.of(violation("a", "2025-03-01", "NOISE", "MINOR", "fineYuan", 999),
                                                    violation("b", "2025-04-01", "NOISE", "MINOR", "fineYuan", 1000)),
                                            FROM, TO, LocalDate.of(2026, 3, 1));

        assertThat(decision.indicator("X1").orElseThrow().contributions()).extracting(Contribution::factId)
                                                                            .containsExactly("a");
    }

    @Test
    void theEvaluationPeriodIncludesItsFirstAndLastDayOnly() {
        GradeDecision decision = scoreOn("2026-03-01",
                fact("before", FactType.TAX, "2024-12-31", "status", "ARREARS"),
                fact("first", FactType.TAX, "2025-01-01", "status", "ARREARS"),
                fact("last", FactType.TAX, "2025-12-31", "status", "ARREARS"),
                fact("after", FactType.TAX, "2026-01-01", "status", "ARREARS"));

        assertThat(decision.indicator("EM05").orElseThrow().contributions()).extracting(Contribution::factId)
                                                                              .containsExactly("first", "last");
    }

    @Test
    void aLookBackIncludesTheDecisionDateAndExcludesItsStart() {
        GradeDecision decision = scoreOn("2026-03-01",
                violation("start", "2024-03-01", "DATA_FALSIFICATION", "SERIOUS"),
                violation("dayAfter", "2024-03-02", "EVASIVE_DISCHARGE", "SERIOUS"),
                violation("asOf", "2026-03-01", "HAZARDOUS_WASTE", "GRAVE"),
                violation("later", "2026-03-02", "OBSTRUCTING_INSPECTION", "GRAVE"));

        assertThat(decision.vetoes()).extracting(RuleHit::ruleId).containsExactly("V05", "V08");
    }

    @Test
    void aLookBackFromAMonthEndLandsOnTheShorterMonthsLastDay() {
        GradeDecision decision = EDGE.score(List.of(
                        fact("feb28", FactType.COMPLAINT, "2026-02-28", "channel", "12345", "substantiated", true),
                        fact("mar1", FactType.COMPLAINT, "2026-03-01", "channel", "12345", "substantiated", true)),
                FROM, TO, LocalDate.of(2026, 3, 31));

        assertThat(decision.indicator("X2").orElseThrow().contributions()).extracting(Contribution::factId)
                                                                            .containsExactly("mar1");
    }

    @Test
    void aLookBackOverALeapDayUsesTheCalendar() {
        GradeDecision fromLeapDay = scoreOn("2026-02-28",
                violation("feb28", "2024-02-28", "DATA_FALSIFICATION", "SERIOUS"),
                violation("feb29", "2024-02-29", "EVASIVE_DISCHARGE", "SERIOUS"));
        GradeDecision onLeapDay = EDGE.score(List.of(
                        fact("jan29", FactType.COMPLAINT, "2024-01-29", "channel", "12369", "substantiated", true),
                        fact("jan30", FactType.COMPLAINT, "2024-01-30", "channel", "12369", "substantiated", true)),
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 2, 29));

        assertThat(fromLeapDay.vetoes()).extracting(RuleHit::ruleId).containsExactly("V05");
        assertThat(onLeapDay.indicator("X2").orElseThrow().contributions()).extracting(Contribution::factId)
                                                                             .containsExactly("jan30");
    }

    @Test
    void aFactAfterTheDecisionDateNeverCounts() {
        GradeDecision decision = scoreOn("2026-03-01",
                fact("iso", FactType.GREEN_PRACTICE, "2026-03-02", "kind", "ISO14001"));

        assertThat(indicator(decision, "GL02")).isEqualByComparingTo("0");
    }

    @Test
    void aFindingIsOverdueOnlyPastItsDeadlineAndWithoutARectificationByTheDecisionDate() {
        ResolvedFact late = finding("late", "2025-06-01", "2026-02-28");
        ResolvedFact dueToday = finding("due", "2025-06-01", "2026-03-01");
        ResolvedFact rectified = finding("fixed", "2025-06-01", "2025-12-31");
        ResolvedFact rectifiedTooLate = finding("tooLate", "2025-06-01", "2025-12-31");

        GradeDecision decision = scoreOn("2026-03-01", late, dueToday, rectified, rectifiedTooLate,
                fact("r1", FactType.RECTIFICATION_COMPLETED, "2026-02-01", "findingId", "fixed", "verifiedBy", "李工"),
                fact("r2", FactType.RECTIFICATION_COMPLETED, "2026-03-02", "findingId", "tooLate", "verifiedBy", "李工"));

        assertThat(decision.indicator("PP06").orElseThrow().contributions()).extracting(Contribution::factId)
                                                                              .containsExactly("late", "tooLate");
        assertThat(indicator(decision, "PP06")).isEqualByComparingTo("-6");
    }

    @Test
    void validityIsJudgedOnTheDecisionDate() {
        GradeDecision decision = scoreOn("2026-03-01",
                fact("valid", FactType.GREEN_PRACTICE, "2024-01-01", "kind", "GREEN_FACTORY", "level", "DISTRICT",
                     "validUntil", "2026-03-01"),
                fact("expired", FactType.GREEN_PRACTICE, "2024-01-01", "kind", "GREEN_SUPPLY_CHAIN", "level", "NATIONAL",
                     "validUntil", "2026-02-28"));

        assertThat(decision.indicator("GL03").orElseThrow().contributions()).extracting(Contribution::factId)
                                                                              .containsExactly("valid");
    }

    @Test
    void dimensionsAreClampedToZeroAndToTheirMaximum() {
        GradeDecision poor = scoreOn("2026-03-01",
                finding("f1", "2025-01-10", "2025-02-10", "PROCEDURES"), finding("f2", "2025-01-11", "2025-02-11", "PROCEDURES"),
                finding("f3", "2025-01-12", "2025-02-12", "PROCEDURES"),
                violation("p", "2025-03-01", "PERMIT_NONCOMPLIANCE", "GRAVE"),
                violation("s", "2025-03-02", "SELF_MONITORING_FAILURE", "GENERAL"),
                violation("s2", "2025-03-03", "DISCLOSURE_FAILURE", "GENERAL"),
                violation("r", "2025-03-04", "RISK_EMERGENCY", "GENERAL"),
                violation("r2", "2025-03-05", "RISK_EMERGENCY", "GENERAL"),
                fact("t", FactType.TAX, "2025-04-01", "status", "ARREARS"),
                fact("c", FactType.GREEN_PRACTICE, "2025-04-02", "kind", "CARBON_NONCOMPLIANCE"),
                violation("l", "2025-03-06", "LEDGER_RECORDS", "MINOR"));
        DimensionScore em = poor.dimension("EM").orElseThrow();

        // EM01 -9 (3 × -3), EM02 -12, EM03 -7, EM04 -8 (capped from -8), EM05 -8 (capped from -9): 30 - 44 = -14
        assertThat(em.raw()).isEqualByComparingTo("-14");
        assertThat(em.points()).isEqualByComparingTo("0");

        GradeDecision rich = scoreOn("2026-03-01",
                fact("a", FactType.GREEN_PRACTICE, "2025-01-10", "kind", "CLEANER_PRODUCTION_AUDIT"),
                fact("b", FactType.GREEN_PRACTICE, "2025-01-11", "kind", "ISO14001"),
                fact("c", FactType.GREEN_PRACTICE, "2025-01-12", "kind", "GREEN_FACTORY", "level", "NATIONAL"),
                fact("d", FactType.GREEN_PRACTICE, "2025-01-13", "kind", "HEAVY_POLLUTION_PERFORMANCE", "level", "LEADING"),
                fact("e", FactType.GREEN_PRACTICE, "2025-01-14", "kind", "ENERGY_INTENSITY_DOWN"),
                fact("f", FactType.GREEN_PRACTICE, "2025-01-15", "kind", "CLEAN_ENERGY"),
                fact("g", FactType.GREEN_PRACTICE, "2025-01-16", "kind", "VOLUNTARY_DISCLOSURE"),
                fact("h", FactType.CREDIT_COMMITMENT, "2025-01-17", "text", "承诺"));
        DimensionScore gl = rich.dimension("GL").orElseThrow();

        assertThat(gl.raw()).isEqualByComparingTo("20");
        assertThat(gl.points()).isEqualByComparingTo("15");
        assertThat(rich.total()).isEqualTo(new BigDecimal("95.0"));
    }

    @Test
    void indicatorPointsAreRoundedToOneDecimalHalfUp() {
        GradeDecision quarter = EDGE.score(List.of(fact("m", FactType.MONITORING_EXCEEDANCE, "2025-05-01", "medium",
                                                        "WATER", "pollutant", "COD", "days", 1, "maxMultiple", 0.1)),
                                           FROM, TO, LocalDate.of(2026, 3, 1));
        GradeDecision threeQuarters = EDGE.score(List.of(fact("m", FactType.MONITORING_EXCEEDANCE, "2025-05-01", "medium",
                                                              "WATER", "pollutant", "COD", "days", 3, "maxMultiple", 0.1)),
                                                 FROM, TO, LocalDate.of(2026, 3, 1));

        assertThat(quarter.indicator("X3").orElseThrow().raw()).isEqualByComparingTo("-0.25");
        assertThat(quarter.indicator("X3").orElseThrow().points()).isEqualTo(new BigDecimal("-0.3"));
        assertThat(quarter.total()).isEqualTo(new BigDecimal("59.7"));
        assertThat(threeQuarters.indicator("X3").orElseThrow().points()).isEqualTo(new BigDecimal("-0.8"));
    }

    @Test
    void aBonusDimensionStartingEmptyIsClampedToItsMaximum() {
        GradeDecision decision = EDGE.score(List.of(fact("n", FactType.AWARD, "2025-05-01", "level", "NATIONAL",
                                                         "title", "奖", "issuer", "部")),
                                            FROM, TO, LocalDate.of(2026, 3, 1));

        assertThat(decision.dimension("Y").orElseThrow().points()).isEqualByComparingTo("3");
        assertThat(decision.total()).isEqualTo(new BigDecimal("63.0"));
    }

    @Test
    void eachDowngradeRuleCountsOnceAndTheyStopAtTheWorstGrade() {
        GradeDecision twoIncidents = EDGE.score(List.of(
                        fact("i1", FactType.INCIDENT, "2025-02-01", "level", "GENERAL", "responsible", true),
                        fact("i2", FactType.INCIDENT, "2025-03-01", "level", "GENERAL", "responsible", true)),
                FROM, TO, LocalDate.of(2026, 3, 1));
        GradeDecision fourRules = EDGE.score(List.of(
                        fact("i1", FactType.INCIDENT, "2025-02-01", "level", "GENERAL", "responsible", true),
                        fact("t", FactType.TAX, "2025-03-01", "status", "ARREARS"),
                        fact("p", FactType.PERMIT_REPORT, "2025-04-01", "reportPeriod", "2025-Q1", "status", "MISSING"),
                        fact("x", FactType.FALSE_DECLARATION, "2025-05-01", "declarationItemId", "d1")),
                FROM, TO, LocalDate.of(2026, 3, 1));

        assertThat(twoIncidents.downgrades()).singleElement().satisfies(hit -> {
            assertThat(hit.ruleId()).isEqualTo("D1");
            assertThat(hit.factIds()).containsExactly("i1", "i2");
        });
        assertThat(twoIncidents.scoreGrade()).isEqualTo("B");
        assertThat(twoIncidents.grade()).isEqualTo("C");
        assertThat(fourRules.downgrades()).hasSize(4);
        assertThat(fourRules.grade()).isEqualTo("D");
    }

    @Test
    void aCeilingThenADowngradeThenAVetoActInThatOrder() {
        // EM 25 + PP 46 + GL 10 + AW 5 = 86 → B; the serious violation's ceiling → C; the incident's downgrade → D
        GradeDecision ceilingAndDowngrade = scoreOn("2026-03-01", greenAndAwarded(),
                violation("s", "2025-02-01", "NOISE", "SERIOUS"),
                fact("i", FactType.INCIDENT, "2025-03-01", "level", "GENERAL", "responsible", true));
        GradeDecision vetoed = scoreOn("2026-03-01", greenAndAwarded(),
                violation("eia", "2025-02-01", "EIA_UNAPPROVED_CONSTRUCTION", "GENERAL"));

        assertThat(ceilingAndDowngrade.total()).isEqualTo(new BigDecimal("86.0"));
        assertThat(ceilingAndDowngrade.scoreGrade()).isEqualTo("B");
        assertThat(ceilingAndDowngrade.grade()).isEqualTo("D");
        assertThat(vetoed.vetoes()).extracting(RuleHit::ruleId).containsExactly("V02");
        assertThat(vetoed.grade()).isEqualTo("D");
    }

    @Test
    void aRevokedViolationIsSimplyAbsentAndCountsForNothing() {
        assertThat(scoreOn("2026-03-01").total()).isEqualTo(new BigDecimal("80.0"));
    }

    private static GradeDecision scoreOn(String asOf, ResolvedFact[] some, ResolvedFact... more) {
        ResolvedFact[] all = java.util.Arrays.copyOf(some, some.length + more.length);
        System.arraycopy(more, 0, all, some.length, more.length);
        return scoreOn(asOf, all);
    }

    private static ResolvedFact[] greenAndAwarded() {
        return WorkedCasesTest.greenAndAwarded();
    }

    private static ResolvedFact finding(String id, String on, String deadline) {
        return finding(id, on, deadline, "FACILITIES");
    }

    private static ResolvedFact finding(String id, String on, String deadline, String area) {
        return fact(id, FactType.DIAGNOSIS_FINDING, on, "area", area, "severity", "MAJOR", "description", "问题",
                    "measure", "整改", "deadline", deadline);
    }
}
