package org.greencredit.domain.fact;

import static org.greencredit.domain.fact.AttributeDefinition.choice;
import static org.greencredit.domain.fact.AttributeDefinition.choices;
import static org.greencredit.domain.fact.AttributeDefinition.date;
import static org.greencredit.domain.fact.AttributeDefinition.decimal;
import static org.greencredit.domain.fact.AttributeDefinition.flag;
import static org.greencredit.domain.fact.AttributeDefinition.reference;
import static org.greencredit.domain.fact.AttributeDefinition.text;
import static org.greencredit.domain.fact.AttributeDefinition.wholeNumber;

import java.math.BigDecimal;
import org.greencredit.domain.common.RuleViolation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 信用信息类型: the kinds of fact that count for a grade, each with its attributes (DOMAIN.md, "Facts"). This schema
 * validates what is recorded, tells the indicator-system loader which attributes and values exist, and lets forms
 * be built from it.
 */
public enum FactType {

    /** 环境违法（行政处罚） */
    VIOLATION(choice("category", ViolationCategory.class), choice("severity", Severity.class),
              decimal("fineYuan", "0", BigDecimal.ZERO), choices("measures", PenaltyMeasure.class),
              flag("penaltyExempted", false), text("decisionNo"), choice("medium", Medium.class)),
    /** 处罚履行完毕 */
    PENALTY_FULFILLED(reference("violationId")),
    /** 在线监测超标 */
    MONITORING_EXCEEDANCE(choice("medium", Medium.AIR, Medium.WATER), text("pollutant"), wholeNumber("days", "1"),
                          decimal("maxMultiple", "0", null)),
    /** 信访投诉 */
    COMPLAINT(text("channel"), flag("substantiated", null)),
    /** 突发环境事件 */
    INCIDENT(choice("level", IncidentLevel.class), flag("responsible", null)),
    /** 排污许可执行报告 */
    PERMIT_REPORT(text("reportPeriod"), choice("status", PermitReportStatus.class)),
    /** 环境保护税 */
    TAX(choice("status", TaxStatus.class)),
    /** 环境诊断问题 */
    DIAGNOSIS_FINDING(choice("area", DiagnosisArea.class), choice("severity", FindingSeverity.class),
                      text("description"), text("measure"), date("deadline", true)),
    /** 整改完成 */
    RECTIFICATION_COMPLETED(reference("findingId"), text("verifiedBy")),
    /** 绿色低碳 */
    GREEN_PRACTICE(choice("kind", GreenPracticeKind.class), choice("level", PracticeLevel.class).optional(),
                   date("validUntil", false)),
    /** 表彰奖励 */
    AWARD(choice("level", AwardLevel.class), text("title"), text("issuer")),
    /** 信用承诺 */
    CREDIT_COMMITMENT(text("text")),
    /** 虚假申报 */
    FALSE_DECLARATION(reference("declarationItemId"));

    private final Map<String, AttributeDefinition> attributes;

    FactType(AttributeDefinition... attributes) {
        this.attributes = Arrays.stream(attributes).collect(Collectors.toMap(
                AttributeDefinition::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public List<AttributeDefinition> attributes() {
        return List.copyOf(attributes.values());
    }

    public Optional<AttributeDefinition> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /**
     * Checks the attributes of a fact of this type that occurred on {@code occurredOn} and returns them in
     * canonical form with defaults filled in, or refuses them with the exact problem.
     */
    public FactAttributes validate(FactAttributes given, LocalDate occurredOn) {
        for (String name : given.names()) {
            if (!attributes.containsKey(name)) {
                throw new RuleViolation("fact.attribute.unknown", "factType." + name(), "field." + name);
            }
        }
        Map<String, Object> valid = new LinkedHashMap<>();
        for (AttributeDefinition definition : attributes.values()) {
            Object value = given.get(definition.name());
            if (value == null) {
                if (definition.required()) {
                    throw new RuleViolation("fact.attribute.required", "factType." + name(), "field." + definition.name());
                }
                value = definition.defaultValue();
            } else {
                value = AttributeValues.check(this, definition, value);
            }
            valid.put(definition.name(), value);
        }
        FactAttributes checked = FactAttributes.of(valid);
        CrossAttributeRules.check(this, checked, occurredOn);
        return checked;
    }
}
