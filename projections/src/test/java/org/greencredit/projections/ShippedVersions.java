package org.greencredit.projections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;

/** A district with the shipped version published, and decisions made with it for projection tests. */
public final class ShippedVersions implements IndicatorVersions {

    public static final ScoringEngine ENGINE = ScoringEngine.of(DefaultIndicatorSystem.definition());
    public static final String CYCLE = "2026-TRIAL-1";

    @Override
    public Optional<ScoringEngine> published(String system, String version) {
        return DefaultIndicatorSystem.SYSTEM.equals(system) && DefaultIndicatorSystem.VERSION.equals(version)
                ? Optional.of(ENGINE) : Optional.empty();
    }

    @Override
    public Optional<ScoringEngine> version(String system, String versionHash) {
        return ENGINE.versionHash().equals(versionHash) ? Optional.of(ENGINE) : Optional.empty();
    }

    /** The 2025 evaluation of these facts, as of 2026-04-21. */
    public static GradeDecision decision(ResolvedFact... facts) {
        return ENGINE.score(List.of(facts), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                            LocalDate.of(2026, 4, 21));
    }

    /** A decision of the trial cycle; its id is derived from the credit code and {@code n}. */
    public static GradeDecided decided(String creditCode, int n, DecisionKind kind, LocalDate on,
                                       GradeDecision decision) {
        return new GradeDecided(creditCode, decisionId(creditCode, n), kind, CYCLE, on, decision,
                                n > 1 ? decisionId(creditCode, n - 1) : null,
                                new DecisionTrigger(kind == DecisionKind.PRELIMINARY ? DecisionTrigger.GRADING
                                                            : DecisionTrigger.PUBLICATION, CYCLE));
    }

    public static String decisionId(String creditCode, int n) {
        return UUID.nameUUIDFromBytes((creditCode + "/decision/" + n).getBytes()).toString();
    }

    /** A serious abnormal-facility violation on 2025-03-10: 70.0, C. */
    public static ResolvedFact seriousViolation(String factId) {
        return new ResolvedFact(factId, FactType.VIOLATION, LocalDate.of(2025, 3, 10), FactAttributes.of(
                "category", "FACILITY_ABNORMAL", "severity", "SERIOUS", "fineYuan", new BigDecimal("20000"),
                "measures", List.of("FINE"), "decisionNo", "京通环罚〔2025〕31号", "medium", "AIR",
                "penaltyExempted", false));
    }

    /** Falsified monitoring data on 2025-09-01: veto V06, D. */
    public static ResolvedFact falsifiedData(String factId) {
        return new ResolvedFact(factId, FactType.VIOLATION, LocalDate.of(2025, 9, 1), FactAttributes.of(
                "category", "DATA_FALSIFICATION", "severity", "SERIOUS", "fineYuan", new BigDecimal("100000"),
                "measures", List.of("FINE"), "decisionNo", "京通环罚〔2025〕77号", "medium", "AIR",
                "penaltyExempted", false));
    }

    /** The worked case "green practices and a national award": 95.0, A. */
    public static ResolvedFact[] exemplary() {
        return new ResolvedFact[] {
                new ResolvedFact("gf", FactType.GREEN_PRACTICE, LocalDate.of(2024, 11, 1), FactAttributes.of(
                        "kind", "GREEN_FACTORY", "level", "MUNICIPAL", "validUntil", "2027-10-31")),
                new ResolvedFact("perf", FactType.GREEN_PRACTICE, LocalDate.of(2025, 3, 1), FactAttributes.of(
                        "kind", "HEAVY_POLLUTION_PERFORMANCE", "level", "A")),
                new ResolvedFact("carbon", FactType.GREEN_PRACTICE, LocalDate.of(2025, 6, 30), FactAttributes.of(
                        "kind", "CARBON_COMPLIANCE")),
                new ResolvedFact("pledge", FactType.CREDIT_COMMITMENT, LocalDate.of(2025, 1, 10), FactAttributes.of(
                        "text", "依法排污，诚信经营")),
                new ResolvedFact("award", FactType.AWARD, LocalDate.of(2025, 4, 22), FactAttributes.of(
                        "level", "NATIONAL", "title", "国家级绿色工厂示范", "issuer", "工业和信息化部"))};
    }
}
