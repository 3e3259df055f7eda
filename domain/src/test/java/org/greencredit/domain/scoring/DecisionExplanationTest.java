package org.greencredit.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greencredit.domain.scoring.Facts.fact;
import static org.greencredit.domain.scoring.Facts.violation;

import java.util.List;
import java.util.Locale;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemParserTestSupport;
import org.junit.jupiter.api.Test;

class DecisionExplanationTest {

    private static final IndicatorSystem SYSTEM = WorkedCasesTest.ENGINE.system();

    private static GradeDecision fined() {
        return WorkedCasesTest.score(
                violation("v1", "2025-06-10", "EXCEEDING_STANDARDS", "GENERAL", "medium", "AIR", "fineYuan", 50000,
                          "measures", List.of("FINE")),
                fact("award", FactType.AWARD, "2025-10-01", "level", "MUNICIPAL", "title", "市级环境友好企业",
                     "issuer", "北京市生态环境局"));
    }

    @Test
    void explainsTheScoreTheFactsBehindItAndTheCeilingInChinese() {
        List<String> lines = DecisionExplanation.of(fined(), SYSTEM, Locale.SIMPLIFIED_CHINESE);

        assertThat(lines).first().isEqualTo("总分79.0分，按分数评为B级（绿色信用良好）。");
        assertThat(lines).contains("污染防治：46.0分（基础分50，满分50）。",
                                   "　· 大气污染物达标排放：扣4.0分。",
                                   "　　－ 超标排放（一般）「京通环罚〔2025〕v1号」 2025-06-10（规则PP01-a）：-4分",
                                   "表彰奖励：3.0分（基础分0，满分5）。",
                                   "封顶：评价期内受到行政处罚（规则C01，依据超标排放（一般）「京通环罚〔2025〕v1号」 2025-06-10）——等级不高于B级。",
                                   "最终等级为B级（绿色信用良好）。");
        assertThat(lines).last().asString().startsWith("依据指标体系 2026.1（内容摘要 SHA-256 ")
                         .endsWith("评价期 2025-01-01 至 2025-12-31，计分基准日 2026-03-01，共 2 条信用信息。");
    }

    @Test
    void explainsInEnglishToo() {
        List<String> lines = DecisionExplanation.of(fined(), SYSTEM, Locale.ENGLISH);

        assertThat(lines).first().isEqualTo("Total 79.0 points, which earns grade B (Good).");
        assertThat(lines).contains("  - Air emissions within standards: minus 4.0.",
                                   "Ceiling: Penalised in the period (rule C01, because of Exceeding discharge standards "
                                           + "(general) \"京通环罚〔2025〕v1号\" 2025-06-10) - the grade is no better than B.");
    }

    @Test
    void namesFactsByTheirDecisionNumberOrTitleAndNeverByTheirInternalId() {
        String violationId = "0f8e5a8c-3c51-4a36-9d7e-6f1f0b2a9c11";
        String awardId = "6b1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
        GradeDecision decision = WorkedCasesTest.score(
                violation(violationId, "2025-06-10", "EXCEEDING_STANDARDS", "GENERAL", "medium", "AIR", "decisionNo",
                          "京通环罚〔2025〕12号"),
                fact(awardId, FactType.AWARD, "2025-10-01", "level", "MUNICIPAL", "title", "市级环境友好企业",
                     "issuer", "北京市生态环境局"));

        List<String> chinese = DecisionExplanation.of(decision, SYSTEM, Locale.SIMPLIFIED_CHINESE);
        List<String> english = DecisionExplanation.of(decision, SYSTEM, Locale.ENGLISH);

        assertThat(chinese).contains("　　－ 超标排放（一般）「京通环罚〔2025〕12号」 2025-06-10（规则PP01-a）：-4分")
                           .anySatisfy(line -> assertThat(line).contains("表彰奖励「市级环境友好企业」 2025-10-01"));
        assertThat(english).anySatisfy(line -> assertThat(line).contains("\"京通环罚〔2025〕12号\" 2025-06-10 (rule PP01-a)"));
        assertThat(String.join("\n", chinese) + String.join("\n", english))
                .doesNotContain(violationId, awardId)
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void saysWhenAnIndicatorHitItsCapAndWhenAGradeWasMoved() {
        GradeDecision capped = WorkedCasesTest.score(violation("f1", "2025-02-01", "FACILITY_ABNORMAL", "SERIOUS"),
                                                     violation("f2", "2025-05-01", "FACILITY_ABNORMAL", "SERIOUS"),
                                                     violation("f3", "2025-09-01", "FACILITY_ABNORMAL", "SERIOUS"),
                                                     fact("i", FactType.INCIDENT, "2025-08-20", "level", "GENERAL",
                                                          "responsible", true));

        List<String> lines = DecisionExplanation.of(capped, SYSTEM, Locale.SIMPLIFIED_CHINESE);

        assertThat(lines).contains("　· 污染防治设施运行：合计-30分，以上限15分计为-15.0分。",
                                   "降级：发生一般突发环境事件（规则DG01，依据突发环境事件 2025-08-20）——降低一级。",
                                   "经下述规则调整，最终评为D级（绿色信用失信）。");
    }

    @Test
    void refusesToExplainWithAnotherVersion() {
        IndicatorSystem other = org.greencredit.domain.indicator.IndicatorSystemParser.parse(
                IndicatorSystemParserTestSupport.shippedYaml().replace("version: \"2026.1\"", "version: \"2026.2\""));

        assertThatThrownBy(() -> DecisionExplanation.of(fined(), other, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
