package org.greencredit.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.AttributeDefinition;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;

/** Random facts that pass the fact schema, for property tests. Seeded, so a failure can be replayed. */
public final class RandomFacts {

    /** Types whose facts can only lower a score or a grade. */
    static final Set<FactType> DEDUCTING = EnumSet.of(FactType.VIOLATION, FactType.MONITORING_EXCEEDANCE,
            FactType.COMPLAINT, FactType.INCIDENT, FactType.PERMIT_REPORT, FactType.TAX, FactType.DIAGNOSIS_FINDING,
            FactType.FALSE_DECLARATION);
    /** Types whose facts can only raise a score. */
    static final Set<FactType> ADDING = EnumSet.of(FactType.AWARD, FactType.CREDIT_COMMITMENT);

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 4 * 365 + 60;

    private final Random random;
    private int counter;

    public RandomFacts(long seed) {
        this.random = new Random(seed);
    }

    public List<ResolvedFact> some(int count) {
        List<ResolvedFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(of(FactType.values()[random.nextInt(FactType.values().length)], facts));
        }
        return facts;
    }

    ResolvedFact deducting(List<ResolvedFact> existing) {
        if (random.nextInt(5) == 0) {
            return greenPractice("CARBON_NONCOMPLIANCE", existing);
        }
        return of(pick(new ArrayList<>(DEDUCTING)), existing);
    }

    ResolvedFact adding(List<ResolvedFact> existing) {
        if (random.nextInt(2) == 0) {
            List<String> kinds = List.of("CLEANER_PRODUCTION_AUDIT", "ISO14001", "GREEN_FACTORY", "GREEN_SUPPLY_CHAIN",
                                         "HEAVY_POLLUTION_PERFORMANCE", "CARBON_COMPLIANCE", "ENERGY_INTENSITY_DOWN",
                                         "CLEAN_ENERGY", "VOLUNTARY_DISCLOSURE");
            return greenPractice(pick(kinds), existing);
        }
        return of(pick(new ArrayList<>(ADDING)), existing);
    }

    ResolvedFact of(FactType type, List<ResolvedFact> existing) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            LocalDate occurredOn = START.plusDays(random.nextInt(DAYS));
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (AttributeDefinition attribute : type.attributes()) {
                if (attribute.required() || random.nextBoolean()) {
                    attributes.put(attribute.name(), value(attribute, occurredOn, existing));
                }
            }
            try {
                FactAttributes valid = type.validate(FactAttributes.of(attributes), occurredOn);
                return new ResolvedFact("fact-" + (++counter), type, occurredOn, valid);
            } catch (RuleViolation inconsistent) {
                // e.g. a green practice level that does not fit its kind: draw again
            }
        }
        throw new IllegalStateException("no valid random " + type + " in 1000 draws");
    }

    private ResolvedFact greenPractice(String kind, List<ResolvedFact> existing) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            ResolvedFact fact = of(FactType.GREEN_PRACTICE, existing);
            if (kind.equals(fact.attributes().text("kind"))) {
                return fact;
            }
        }
        throw new IllegalStateException("no random green practice of kind " + kind + " in 1000 draws");
    }

    private Object value(AttributeDefinition attribute, LocalDate occurredOn, List<ResolvedFact> existing) {
        return switch (attribute.kind()) {
            case CHOICE -> pick(attribute.values());
            case CHOICES -> attribute.values().stream().filter(v -> random.nextInt(4) == 0).toList();
            case DECIMAL -> BigDecimal.valueOf(random.nextInt(200_000), random.nextInt(3));
            case WHOLE_NUMBER -> 1 + random.nextInt(40);
            case FLAG -> random.nextBoolean();
            case TEXT -> "reportPeriod".equals(attribute.name())
                    ? occurredOn.getYear() + "-Q" + (1 + random.nextInt(4)) : "text-" + random.nextInt(1000);
            case DATE -> occurredOn.plusDays(random.nextInt(900));
            case REFERENCE -> existing.isEmpty() || random.nextInt(3) == 0
                    ? "unknown-" + random.nextInt(100) : pick(existing).factId();
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
