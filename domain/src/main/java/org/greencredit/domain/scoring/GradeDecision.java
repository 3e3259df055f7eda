package org.greencredit.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greencredit.domain.common.CanonicalJson;
import org.greencredit.domain.fact.ResolvedFact;

/**
 * 等级决定: one computed grade with everything behind it — the indicator system version and its content hash, the
 * evaluation period and decision date, the facts given, per dimension and indicator the points and the facts and
 * rules behind them, the vetoes, ceilings and downgrades that applied, the total, the grade the total earned and
 * the grade decided. Self-contained, so it can be stored inside an event and checked again by anyone.
 */
public record GradeDecision(String system, String version, String versionHash, LocalDate periodFrom,
                            LocalDate periodTo, LocalDate asOf, List<ResolvedFact> facts,
                            List<DimensionScore> dimensions, BigDecimal total, String scoreGrade,
                            List<RuleHit> ceilings, List<RuleHit> downgrades, List<RuleHit> vetoes, String grade) {

    public GradeDecision {
        facts = List.copyOf(facts);
        dimensions = List.copyOf(dimensions);
        ceilings = List.copyOf(ceilings);
        downgrades = List.copyOf(downgrades);
        vetoes = List.copyOf(vetoes);
    }

    /** The byte-for-byte stable form of this decision. */
    public String canonicalJson() {
        return CanonicalJson.write(this);
    }

    public static GradeDecision fromCanonicalJson(String json) {
        return CanonicalJson.read(json, GradeDecision.class);
    }

    public Optional<IndicatorScore> indicator(String code) {
        return dimensions.stream().flatMap(d -> d.indicators().stream()).filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<DimensionScore> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
