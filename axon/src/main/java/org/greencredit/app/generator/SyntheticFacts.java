package org.greencredit.app.generator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;

/**
 * A year of facts for one enterprise, with a realistic mix: most enterprises clean or with a minor violation,
 * some with general ones, a few with serious ones, a rare veto case; penalties mostly fulfilled weeks later;
 * diagnosis findings rectified on time, late or not at all; permit reports, tax, complaints, monitoring
 * exceedances, green practices and awards. Each enterprise keeps its character from year to year.
 */
final class SyntheticFacts {

    static final Actor OFFICER = Actor.officer("generator-officer", "执法大队");
    static final Actor ASSESSOR = Actor.assessor("generator-assessor", "第三方评价机构");

    private static final String[] GENERAL_CATEGORIES = {
            "EXCEEDING_STANDARDS", "FACILITY_ABNORMAL", "HAZARDOUS_WASTE", "SOLID_WASTE", "NOISE", "DUST_VOC",
            "PERMIT_NONCOMPLIANCE", "SELF_MONITORING_FAILURE", "LEDGER_RECORDS", "RISK_EMERGENCY"};
    private static final String[] VETO_CATEGORIES = {"DATA_FALSIFICATION", "EVASIVE_DISCHARGE", "NO_PERMIT_DISCHARGE"};

    /** 良好, 一般, 较差, 严重: how an enterprise behaves, drawn once. */
    private enum Character { CLEAN, MODERATE, SERIOUS, VETO }

    private final Random random;
    private final long seed;
    private final Map<String, Character> characters = new HashMap<>();
    private final Map<String, Boolean> green = new HashMap<>();
    private final Map<Integer, Integer> decisionSerials = new HashMap<>();
    private long factCounter;

    SyntheticFacts(Random random, long seed) {
        this.random = random;
        this.seed = seed;
    }

    List<PlannedCommand> forYear(String code, int year) {
        Character character = characters.computeIfAbsent(code, c -> drawCharacter());
        boolean greenMinded = green.computeIfAbsent(code, c -> random.nextInt(5) == 0);
        List<PlannedCommand> planned = new ArrayList<>();
        planned.add(fact(code, FactType.PERMIT_REPORT, day(year, 1, 20), FactSource.OTHER_DEPARTMENT,
                         FactAttributes.of("reportPeriod", String.valueOf(year - 1),
                                           "status", random.nextInt(10) == 0 ? "LATE" : "ON_TIME"), OFFICER));
        planned.add(fact(code, FactType.TAX, day(year, 6, 30), FactSource.TAX,
                         FactAttributes.of("status", random.nextInt(25) == 0 ? "ARREARS" : "PAID"), OFFICER));
        switch (character) {
            case CLEAN -> {
                if (random.nextBoolean()) {
                    violations(planned, code, year, "MINOR", 1);
                }
            }
            case MODERATE -> violations(planned, code, year, "GENERAL", 1 + random.nextInt(2));
            case SERIOUS -> {
                violations(planned, code, year, "SERIOUS", 1);
                if (random.nextBoolean()) {
                    violations(planned, code, year, "GENERAL", 1);
                }
            }
            case VETO -> vetoViolation(planned, code, year);
        }
        if (random.nextInt(5) == 0) {
            planned.add(fact(code, FactType.COMPLAINT, randomDay(year), FactSource.COMPLAINT_PLATFORM,
                             FactAttributes.of("channel", "12345热线", "substantiated", random.nextBoolean()), OFFICER));
        }
        if (character != Character.CLEAN && random.nextInt(3) == 0) {
            planned.add(fact(code, FactType.MONITORING_EXCEEDANCE, randomDay(year), FactSource.MONITORING,
                             FactAttributes.of("medium", random.nextBoolean() ? "AIR" : "WATER",
                                               "pollutant", random.nextBoolean() ? "颗粒物" : "化学需氧量",
                                               "days", 1 + random.nextInt(6), "maxMultiple", "1.5"), OFFICER));
        }
        if (random.nextInt(6) == 0) {
            findings(planned, code, year);
        }
        if (greenMinded) {
            greenPractices(planned, code, year);
        }
        return planned;
    }

    private Character drawCharacter() {
        int draw = random.nextInt(100);
        return draw < 62 ? Character.CLEAN : draw < 88 ? Character.MODERATE : draw < 99 ? Character.SERIOUS
                : Character.VETO;
    }

    private void violations(List<PlannedCommand> planned, String code, int year, String severity, int count) {
        for (int i = 0; i < count; i++) {
            String category = GENERAL_CATEGORIES[random.nextInt(GENERAL_CATEGORIES.length)];
            boolean exempted = severity.equals("MINOR") && random.nextBoolean();
            int fine = exempted ? 0 : switch (severity) {
                case "MINOR" -> 5_000 + random.nextInt(10) * 1_000;
                case "GENERAL" -> 20_000 + random.nextInt(8) * 10_000;
                default -> 100_000 + random.nextInt(10) * 20_000;
            };
            violation(planned, code, year, category, severity, fine, exempted);
        }
    }

    private void vetoViolation(List<PlannedCommand> planned, String code, int year) {
        violation(planned, code, year, VETO_CATEGORIES[random.nextInt(VETO_CATEGORIES.length)], "SERIOUS",
                  200_000 + random.nextInt(5) * 50_000, false);
    }

    private void violation(List<PlannedCommand> planned, String code, int year, String category, String severity,
                           int fine, boolean exempted) {
        LocalDate on = randomDay(year);
        String decisionNo = "京通环罚〔" + year + "〕" + decisionSerials.merge(year, 1, Integer::sum) + "号";
        String medium = switch (category) {
            case "NOISE" -> "NOISE";
            case "EXCEEDING_STANDARDS", "DUST_VOC", "DATA_FALSIFICATION", "EVASIVE_DISCHARGE" ->
                    random.nextBoolean() ? "AIR" : "WATER";
            default -> "NONE";
        };
        PlannedCommand violation = fact(code, FactType.VIOLATION, on, FactSource.ENFORCEMENT, FactAttributes.of(
                "category", category, "severity", severity, "fineYuan", fine, "penaltyExempted", exempted,
                "measures", exempted ? List.of("ORDER_CORRECTION") : List.of("FINE", "ORDER_CORRECTION"),
                "decisionNo", decisionNo, "medium", medium), OFFICER);
        planned.add(violation);
        if (!exempted && random.nextInt(5) != 0) {
            LocalDate paid = on.plusDays(20 + random.nextInt(60));
            planned.add(fact(code, FactType.PENALTY_FULFILLED, paid, FactSource.ENFORCEMENT,
                             FactAttributes.of("violationId", ((RecordFact) violation.command()).factId()), OFFICER));
        }
    }

    private void findings(List<PlannedCommand> planned, String code, int year) {
        LocalDate on = day(year, 3 + random.nextInt(6), 1 + random.nextInt(28));
        LocalDate deadline = on.plusDays(60);
        boolean major = random.nextInt(3) == 0;
        PlannedCommand finding = fact(code, FactType.DIAGNOSIS_FINDING, on, FactSource.THIRD_PARTY, FactAttributes.of(
                "area", major ? "FACILITIES" : "MANAGEMENT", "severity", major ? "MAJOR" : "MINOR",
                "description", major ? "废气收集设施运行不正常" : "环境管理台账记录不全",
                "measure", major ? "更换收集管道并定期巡检" : "完善台账并指定专人负责",
                "deadline", deadline.toString()), ASSESSOR);
        planned.add(finding);
        int outcome = random.nextInt(20);
        if (outcome < 17) {
            LocalDate rectified = outcome < 12 ? deadline.minusDays(random.nextInt(30)) : deadline.plusDays(10 + random.nextInt(40));
            planned.add(fact(code, FactType.RECTIFICATION_COMPLETED, rectified, FactSource.THIRD_PARTY,
                             FactAttributes.of("findingId", ((RecordFact) finding.command()).factId(),
                                               "verifiedBy", "第三方评价机构"), ASSESSOR));
        }
    }

    private void greenPractices(List<PlannedCommand> planned, String code, int year) {
        switch (random.nextInt(4)) {
            case 0 -> planned.add(fact(code, FactType.GREEN_PRACTICE, day(year, 4, 15), FactSource.OTHER_DEPARTMENT,
                                       FactAttributes.of("kind", "ISO14001", "validUntil",
                                                         day(year + 3, 4, 14).toString()), OFFICER));
            case 1 -> planned.add(fact(code, FactType.GREEN_PRACTICE, day(year, 9, 1), FactSource.OTHER_DEPARTMENT,
                                       FactAttributes.of("kind", "CLEANER_PRODUCTION_AUDIT"), OFFICER));
            case 2 -> planned.add(fact(code, FactType.GREEN_PRACTICE, day(year, 11, 10), FactSource.OTHER_DEPARTMENT,
                                       FactAttributes.of("kind", "GREEN_FACTORY", "level",
                                                         random.nextBoolean() ? "MUNICIPAL" : "DISTRICT",
                                                         "validUntil", day(year + 3, 11, 9).toString()), OFFICER));
            default -> planned.add(fact(code, FactType.AWARD, day(year, 10, 20), FactSource.OTHER_DEPARTMENT,
                                        FactAttributes.of("level", random.nextInt(4) == 0 ? "MUNICIPAL" : "DISTRICT",
                                                          "title", "环境保护先进单位", "issuer", "通州区人民政府"),
                                        OFFICER));
        }
    }

    private PlannedCommand fact(String code, FactType type, LocalDate occurredOn, FactSource source,
                                FactAttributes attributes, Actor actor) {
        LocalDate recordedOn = occurredOn.plusDays(random.nextInt(10));
        return new PlannedCommand(recordedOn, new RecordFact(code, nextId(), type, occurredOn, source,
                                                             Evidence.of(type.name() + "-" + factCounter),
                                                             attributes), actor);
    }

    private String nextId() {
        return UUID.nameUUIDFromBytes((seed + "/fact/" + ++factCounter).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private LocalDate randomDay(int year) {
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(350));
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
