package org.greencredit.app.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greencredit.app.generator.DemoEnterprises.Conduct;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;

/**
 * The facts of one demo enterprise in one year, as the bureau and the other departments would report them: the
 * permit report and the environmental tax every year, and what its conduct brings — violations with their penalty
 * decisions and payments, monitoring exceedances, complaints, diagnosis findings and their rectification, green
 * practices and awards. Dates vary with the enterprise's number so the district does not act in lockstep.
 */
final class DemoFacts {

    private final Map<Integer, Integer> decisionSerials = new HashMap<>();
    private long factCounter;

    List<PlannedCommand> forYear(DemoEnterprises.DemoEnterprise enterprise, int year, Conduct conduct) {
        String code = enterprise.creditCode();
        int n = enterprise.number();
        List<PlannedCommand> facts = new ArrayList<>();
        facts.add(fact(code, FactType.PERMIT_REPORT, day(year, 1, 10 + n % 15), FactSource.OTHER_DEPARTMENT,
                       FactAttributes.of("reportPeriod", String.valueOf(year - 1),
                                         "status", conduct == Conduct.NEGLIGENT ? "LATE" : "ON_TIME")));
        facts.add(fact(code, FactType.TAX, day(year, 6, 30), FactSource.TAX, FactAttributes.of("status", "PAID")));
        switch (conduct) {
            case EXEMPLARY -> exemplary(facts, code, year, n);
            case CLEAN -> {
                if (n % 3 == 0) {
                    facts.add(fact(code, FactType.COMPLAINT, day(year, 4 + n % 6, 3 + n % 20), FactSource.COMPLAINT_PLATFORM,
                                   FactAttributes.of("channel", "12345市民服务热线", "substantiated", false)));
                }
            }
            case MINOR -> violation(facts, code, year, n, "NOISE", "MINOR", 0, true, "NOISE");
            case GENERAL -> {
                violation(facts, code, year, n, "DUST_VOC", "GENERAL", 30_000, false, "AIR");
                facts.add(fact(code, FactType.MONITORING_EXCEEDANCE, day(year, 8, 5 + n % 20), FactSource.MONITORING,
                               FactAttributes.of("medium", "AIR", "pollutant", "颗粒物", "days", 2, "maxMultiple", "1.3")));
                finding(facts, code, year, n, false, true);
            }
            case SERIOUS -> violation(facts, code, year, n, "EXCEEDING_STANDARDS", "SERIOUS", 150_000, false, "WATER");
            case NEGLIGENT -> {
                violation(facts, code, year, n, "HAZARDOUS_WASTE", "GENERAL", 50_000, false, "NONE");
                violation(facts, code, year, n, "FACILITY_ABNORMAL", "GENERAL", 40_000, false, "NONE");
                for (int month : new int[] {5, 9}) {
                    facts.add(fact(code, FactType.COMPLAINT, day(year, month, 12), FactSource.COMPLAINT_PLATFORM,
                                   FactAttributes.of("channel", "12345市民服务热线", "substantiated", true)));
                }
                finding(facts, code, year, n, true, false);
            }
            case EVASIVE -> violation(facts, code, year, n, "EVASIVE_DISCHARGE", "SERIOUS", 500_000, false, "WATER");
            case DELINQUENT -> {
                violation(facts, code, year, n, "FACILITY_ABNORMAL", "SERIOUS", 120_000, false, "NONE");
                violation(facts, code, year, n, "HAZARDOUS_WASTE", "SERIOUS", 200_000, false, "NONE");
                violation(facts, code, year, n, "EXCEEDING_STANDARDS", "SERIOUS", 180_000, false, "WATER");
            }
        }
        return facts;
    }

    private void exemplary(List<PlannedCommand> facts, String code, int year, int n) {
        facts.add(fact(code, FactType.GREEN_PRACTICE, day(year, 3, 20), FactSource.OTHER_DEPARTMENT,
                       FactAttributes.of("kind", "ISO14001", "validUntil", day(year + 3, 3, 19).toString())));
        facts.add(fact(code, FactType.GREEN_PRACTICE, day(year, 5, 8), FactSource.OTHER_DEPARTMENT,
                       FactAttributes.of("kind", "CLEANER_PRODUCTION_AUDIT")));
        facts.add(fact(code, FactType.GREEN_PRACTICE, day(year, 10, 15), FactSource.OTHER_DEPARTMENT,
                       FactAttributes.of("kind", "HEAVY_POLLUTION_PERFORMANCE", "level", "A",
                                         "validUntil", day(year + 2, 10, 14).toString())));
        if (n % 2 == 0) {
            facts.add(fact(code, FactType.AWARD, day(year, 11, 20), FactSource.OTHER_DEPARTMENT,
                           FactAttributes.of("level", "MUNICIPAL", "title", "北京市环境保护先进单位",
                                             "issuer", "北京市生态环境局")));
        } else {
            facts.add(fact(code, FactType.GREEN_PRACTICE, day(year, 11, 10), FactSource.OTHER_DEPARTMENT,
                           FactAttributes.of("kind", "GREEN_FACTORY", "level", "MUNICIPAL",
                                             "validUntil", day(year + 3, 11, 9).toString())));
        }
    }

    private void violation(List<PlannedCommand> facts, String code, int year, int n, String category,
                           String severity, int fineYuan, boolean exempted, String medium) {
        LocalDate on = day(year, 2 + (n + facts.size()) % 9, 4 + n % 22);
        String decisionNo = "京通环罚〔" + year + "〕" + decisionSerials.merge(year, 1, Integer::sum) + "号";
        PlannedCommand violation = fact(code, FactType.VIOLATION, on, FactSource.ENFORCEMENT, FactAttributes.of(
                "category", category, "severity", severity, "fineYuan", fineYuan, "penaltyExempted", exempted,
                "measures", exempted ? List.of("ORDER_CORRECTION") : List.of("FINE", "ORDER_CORRECTION"),
                "decisionNo", decisionNo, "medium", medium));
        facts.add(violation);
        if (!exempted) {
            facts.add(fact(code, FactType.PENALTY_FULFILLED, on.plusDays(25 + n % 20), FactSource.ENFORCEMENT,
                           FactAttributes.of("violationId", ((RecordFact) violation.command()).factId())));
        }
    }

    private void finding(List<PlannedCommand> facts, String code, int year, int n, boolean major, boolean rectified) {
        LocalDate on = day(year, 4 + n % 3, 10 + n % 15);
        LocalDate deadline = on.plusDays(60);
        PlannedCommand finding = new PlannedCommand(on.plusDays(2), new RecordFact(
                code, nextId(), FactType.DIAGNOSIS_FINDING, on, FactSource.THIRD_PARTY, evidence(FactType.DIAGNOSIS_FINDING),
                FactAttributes.of("area", major ? "FACILITIES" : "MANAGEMENT", "severity", major ? "MAJOR" : "MINOR",
                                  "description", major ? "废气收集设施破损，无组织排放明显" : "危险废物管理台账记录不全",
                                  "measure", major ? "更换收集管道并建立巡检制度" : "完善台账并指定专人负责",
                                  "deadline", deadline.toString())), SyntheticFacts.ASSESSOR);
        facts.add(finding);
        if (rectified) {
            LocalDate done = n % 2 == 0 ? deadline.minusDays(10) : deadline.plusDays(20);
            facts.add(new PlannedCommand(done.plusDays(1), new RecordFact(
                    code, nextId(), FactType.RECTIFICATION_COMPLETED, done, FactSource.THIRD_PARTY,
                    evidence(FactType.RECTIFICATION_COMPLETED),
                    FactAttributes.of("findingId", ((RecordFact) finding.command()).factId(),
                                      "verifiedBy", "第三方评价机构")), SyntheticFacts.ASSESSOR));
        }
    }

    private PlannedCommand fact(String code, FactType type, LocalDate occurredOn, FactSource source,
                                FactAttributes attributes) {
        return new PlannedCommand(occurredOn.plusDays(3), new RecordFact(code, nextId(), type, occurredOn, source,
                                                                         evidence(type), attributes),
                                  SyntheticFacts.OFFICER);
    }

    private Evidence evidence(FactType type) {
        return Evidence.of("演示-" + type.name() + "-" + factCounter);
    }

    private String nextId() {
        return UUID.nameUUIDFromBytes(("demo/fact/" + ++factCounter).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
