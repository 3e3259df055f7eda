package org.greencredit.domain.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.common.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FactTypeTest {

    private static final LocalDate ON = LocalDate.of(2025, 5, 10);

    /** A complete, valid set of attributes for every fact type, as an officer or assessor would enter them. */
    static final Map<FactType, FactAttributes> SAMPLES = Map.ofEntries(
            Map.entry(FactType.VIOLATION, FactAttributes.of("category", "HAZARDOUS_WASTE", "severity", "SERIOUS",
                                                            "fineYuan", "120000", "measures", List.of("FINE"),
                                                            "decisionNo", "京通环罚〔2025〕3号", "medium", "SOIL")),
            Map.entry(FactType.PENALTY_FULFILLED, FactAttributes.of("violationId", "v-1")),
            Map.entry(FactType.MONITORING_EXCEEDANCE, FactAttributes.of("medium", "WATER", "pollutant", "COD",
                                                                        "days", 3, "maxMultiple", 0.8)),
            Map.entry(FactType.COMPLAINT, FactAttributes.of("channel", "12369", "substantiated", "true")),
            Map.entry(FactType.INCIDENT, FactAttributes.of("level", "GENERAL", "responsible", false)),
            Map.entry(FactType.PERMIT_REPORT, FactAttributes.of("reportPeriod", "2025-Q1", "status", "ON_TIME")),
            Map.entry(FactType.TAX, FactAttributes.of("status", "PAID")),
            Map.entry(FactType.DIAGNOSIS_FINDING, FactAttributes.of("area", "PROCEDURES", "severity", "MINOR",
                                                                    "description", "环评批复文件缺失",
                                                                    "measure", "补办环评手续",
                                                                    "deadline", "2025-08-31")),
            Map.entry(FactType.RECTIFICATION_COMPLETED, FactAttributes.of("findingId", "f-1", "verifiedBy", "李工")),
            Map.entry(FactType.GREEN_PRACTICE, FactAttributes.of("kind", "HEAVY_POLLUTION_PERFORMANCE", "level", "B")),
            Map.entry(FactType.AWARD, FactAttributes.of("level", "MUNICIPAL", "title", "北京市环境友好企业",
                                                        "issuer", "北京市生态环境局")),
            Map.entry(FactType.CREDIT_COMMITMENT, FactAttributes.of("text", "依法排污，如实申报")),
            Map.entry(FactType.FALSE_DECLARATION, FactAttributes.of("declarationItemId", "d-1")));

    @ParameterizedTest
    @EnumSource(FactType.class)
    void everyTypeAcceptsAValidSample(FactType type) {
        assertThat(SAMPLES).containsKey(type);

        FactAttributes valid = type.validate(SAMPLES.get(type), ON);

        assertThat(valid.names()).containsExactlyInAnyOrderElementsOf(
                type.attributes().stream().filter(a -> SAMPLES.get(type).has(a.name()) || a.defaultValue() != null)
                    .map(AttributeDefinition::name).toList());
    }

    @Test
    void validationReturnsCanonicalTypedValues() {
        FactAttributes valid = FactType.VIOLATION.validate(SAMPLES.get(FactType.VIOLATION), ON);

        assertThat(valid.decimal("fineYuan")).isEqualTo(new BigDecimal("120000"));
        assertThat(valid.flag("penaltyExempted")).isFalse();
        assertThat(FactType.COMPLAINT.validate(SAMPLES.get(FactType.COMPLAINT), ON).flag("substantiated")).isTrue();
        assertThat(FactType.DIAGNOSIS_FINDING.validate(SAMPLES.get(FactType.DIAGNOSIS_FINDING), ON).date("deadline"))
                .isEqualTo(LocalDate.of(2025, 8, 31));
    }

    @Test
    void numbersAndSetsHaveOneCanonicalForm() {
        assertThat(FactAttributes.of("fineYuan", 50000)).isEqualTo(FactAttributes.of("fineYuan", new BigDecimal("50000.00")));
        assertThat(FactAttributes.of("fineYuan", 0.50).decimal("fineYuan")).isEqualTo(new BigDecimal("0.5"));
        assertThat(FactAttributes.of("measures", List.of("WARNING", "FINE", "FINE")).choices("measures"))
                .containsExactly("FINE", "WARNING");
    }

    @Test
    void refusesMalformedValuesByKind() {
        assertRefused(FactType.MONITORING_EXCEEDANCE, "days", 1.5, "fact.attribute.notAWholeNumber");
        assertRefused(FactType.MONITORING_EXCEEDANCE, "days", 0, "fact.attribute.belowMinimum");
        assertRefused(FactType.MONITORING_EXCEEDANCE, "maxMultiple", "much", "fact.attribute.notANumber");
        assertRefused(FactType.MONITORING_EXCEEDANCE, "medium", "SOIL", "fact.attribute.unknownValue");
        assertRefused(FactType.COMPLAINT, "substantiated", "yes", "fact.attribute.notAFlag");
        assertRefused(FactType.DIAGNOSIS_FINDING, "deadline", "31.08.2025", "fact.attribute.notADate");
        assertRefused(FactType.CREDIT_COMMITMENT, "text", "x".repeat(501), "fact.attribute.tooLong");
        assertRefused(FactType.VIOLATION, "measures", "FINE", "fact.attribute.notAList");
    }

    private static void assertRefused(FactType type, String name, Object value, String key) {
        assertThatThrownBy(() -> type.validate(SAMPLES.get(type).with(name, value), ON))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(key);
    }
}
