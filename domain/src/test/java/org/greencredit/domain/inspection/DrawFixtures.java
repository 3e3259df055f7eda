package org.greencredit.domain.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Inputs of draws for tests: the 2026.1 tiers, enterprises named by tier and number, inspectors named i01, i02, … */
final class DrawFixtures {

    static final List<TierRule> RULES_2026_1 = List.of(
            new TierRule("POSITIVE_LIST", new BigDecimal("0.0"), 0, true),
            new TierRule("REDUCED", new BigDecimal("0.05"), 0, false),
            new TierRule("STANDARD", new BigDecimal("0.15"), 1, false),
            new TierRule("KEY", new BigDecimal("0.5"), 2, false));

    private DrawFixtures() {
    }

    static List<String> codes(String tier, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("%s-%04d", tier, i)).toList();
    }

    static List<DrawInspector> inspectors(int count) {
        List<DrawInspector> inspectors = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            inspectors.add(new DrawInspector(String.format("i%02d", i), List.of()));
        }
        return inspectors;
    }

    static DrawInputs inputs(String period, List<TierPopulation> population, List<DrawInspector> inspectors) {
        return new DrawInputs(period, "TZ-GREEN-CREDIT", "2026.1", "cb18a13e6635", RULES_2026_1, population,
                              inspectors, List.of(), List.of(), 0, List.of());
    }

    static DrawInputs district(String period) {
        return inputs(period, List.of(new TierPopulation("POSITIVE_LIST", codes("A", 12)),
                                      new TierPopulation("REDUCED", codes("B", 30)),
                                      new TierPopulation("STANDARD", codes("C", 10)),
                                      new TierPopulation("KEY", codes("D", 7))), inspectors(6));
    }
}
