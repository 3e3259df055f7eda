package org.greencredit.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.scoring.Facts.fact;
import static org.greencredit.domain.scoring.Facts.violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.IndicatorSystemParserTestSupport;
import org.junit.jupiter.api.Test;

/** The worked cases of DOMAIN.md, window = 2025, decision date 2026-03-01, with the default version 2026.1. */
class WorkedCasesTest {

    static final ScoringEngine ENGINE = ScoringEngine.of(IndicatorSystemParserTestSupport.shipped());
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    static GradeDecision score(ResolvedFact... facts) {
        return ENGINE.score(List.of(facts), FROM, TO, AS_OF);
    }

    @Test
    void noFactsScore80AndEarnB() {
        GradeDecision decision = score();

        assertThat(points(decision, "EM")).isEqualByComparingTo("30");
        assertThat(points(decision, "PP")).isEqualByComparingTo("50");
        assertThat(points(decision, "GL")).isEqualByComparingTo("0");
        assertThat(points(decision, "AW")).isEqualByComparingTo("0");
        assertThat(decision.total()).isEqualTo(new BigDecimal("80.0"));
        assertThat(decision.grade()).isEqualTo("B");
    }

    @Test
    void aFinedAirViolationWithCertificationAuditAndAwardScores84AndStaysB() {
        GradeDecision decision = score(
                violation("v1", "2025-06-10", "EXCEEDING_STANDARDS", "GENERAL", "medium", "AIR", "fineYuan", 50000,
                          "measures", List.of("FINE")),
                fact("iso", FactType.GREEN_PRACTICE, "2024-05-01", "kind", "ISO14001", "validUntil", "2027-04-30"),
                fact("audit", FactType.GREEN_PRACTICE, "2023-09-15", "kind", "CLEANER_PRODUCTION_AUDIT"),
                fact("award", FactType.AWARD, "2025-10-01", "level", "MUNICIPAL", "title", "市级环境友好企业",
                     "issuer", "北京市生态环境局"));

        assertThat(points(decision, "PP")).isEqualByComparingTo("46");
        assertThat(points(decision, "GL")).isEqualByComparingTo("5");
        assertThat(points(decision, "AW")).isEqualByComparingTo("3");
        assertThat(decision.total()).isEqualTo(new BigDecimal("84.0"));
        assertThat(decision.scoreGrade()).isEqualTo("B");
        assertThat(decision.ceilings()).extracting(RuleHit::ruleId).containsExactly("C01");
        assertThat(decision.grade()).isEqualTo("B");
    }

    @Test
    void greenPracticesAndANationalAwardScore95AndEarnA() {
        GradeDecision decision = score(greenAndAwarded());

        assertThat(points(decision, "GL")).isEqualByComparingTo("10");
        assertThat(points(decision, "AW")).isEqualByComparingTo("5");
        assertThat(decision.total()).isEqualTo(new BigDecimal("95.0"));
        assertThat(decision.grade()).isEqualTo("A");
    }

    @Test
    void anExemptedMinorNoiseViolationCostsOnePointButNoCeiling() {
        ResolvedFact[] facts = java.util.stream.Stream.concat(java.util.Arrays.stream(greenAndAwarded()), java.util.stream.Stream.of(
                violation("v2", "2025-07-01", "NOISE", "MINOR", "penaltyExempted", true, "medium", "NOISE")))
                .toArray(ResolvedFact[]::new);

        GradeDecision decision = score(facts);

        assertThat(decision.indicator("PP05").orElseThrow().points()).isEqualByComparingTo("-1");
        assertThat(decision.total()).isEqualTo(new BigDecimal("94.0"));
        assertThat(decision.ceilings()).isEmpty();
        assertThat(decision.grade()).isEqualTo("A");
    }

    @Test
    void aGeneralIncidentScores75ButIsDowngradedToC() {
        GradeDecision decision = score(fact("i1", FactType.INCIDENT, "2025-08-20", "level", "GENERAL",
                                            "responsible", true));

        assertThat(decision.indicator("EM04").orElseThrow().points()).isEqualByComparingTo("-5");
        assertThat(decision.total()).isEqualTo(new BigDecimal("75.0"));
        assertThat(decision.scoreGrade()).isEqualTo("B");
        assertThat(decision.downgrades()).extracting(RuleHit::ruleId).containsExactly("DG01");
        assertThat(decision.grade()).isEqualTo("C");
    }

    @Test
    void threeSeriousFacilityViolationsAreCappedAt15AndEarnC() {
        GradeDecision decision = score(violation("f1", "2025-02-01", "FACILITY_ABNORMAL", "SERIOUS"),
                                       violation("f2", "2025-05-01", "FACILITY_ABNORMAL", "SERIOUS"),
                                       violation("f3", "2025-09-01", "FACILITY_ABNORMAL", "SERIOUS"));

        IndicatorScore pp03 = decision.indicator("PP03").orElseThrow();
        assertThat(pp03.raw()).isEqualByComparingTo("-30");
        assertThat(pp03.points()).isEqualByComparingTo("-15");
        assertThat(points(decision, "PP")).isEqualByComparingTo("35");
        assertThat(decision.total()).isEqualTo(new BigDecimal("65.0"));
        assertThat(decision.ceilings()).extracting(RuleHit::ruleId).containsExactly("C01", "C02");
        assertThat(decision.grade()).isEqualTo("C");
    }

    @Test
    void falsifiedDataWithin24MonthsIsVetoedToD() {
        GradeDecision decision = score(violation("d1", "2024-09-15", "DATA_FALSIFICATION", "SERIOUS"));

        assertThat(decision.vetoes()).extracting(RuleHit::ruleId).containsExactly("V06");
        assertThat(decision.grade()).isEqualTo("D");
    }

    static ResolvedFact[] greenAndAwarded() {
        return new ResolvedFact[] {
                fact("gf", FactType.GREEN_PRACTICE, "2024-11-01", "kind", "GREEN_FACTORY", "level", "MUNICIPAL",
                     "validUntil", "2027-10-31"),
                fact("perf", FactType.GREEN_PRACTICE, "2025-03-01", "kind", "HEAVY_POLLUTION_PERFORMANCE", "level", "A"),
                fact("carbon", FactType.GREEN_PRACTICE, "2025-06-30", "kind", "CARBON_COMPLIANCE"),
                fact("pledge", FactType.CREDIT_COMMITMENT, "2025-01-10", "text", "依法排污，诚信经营"),
                fact("award", FactType.AWARD, "2025-04-22", "level", "NATIONAL", "title", "国家级绿色工厂示范",
                     "issuer", "工业和信息化部")};
    }

    static BigDecimal points(GradeDecision decision, String dimension) {
        return decision.dimension(dimension).orElseThrow().points();
    }
}
