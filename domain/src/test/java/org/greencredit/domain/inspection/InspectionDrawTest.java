package org.greencredit.domain.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greencredit.domain.inspection.DrawFixtures.codes;
import static org.greencredit.domain.inspection.DrawFixtures.district;
import static org.greencredit.domain.inspection.DrawFixtures.inputs;
import static org.greencredit.domain.inspection.DrawFixtures.inspectors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greencredit.domain.common.CanonicalJson;
import org.greencredit.domain.common.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The draw's rules, its random numbers and its reproducibility, on hand-computed cases. */
class InspectionDrawTest {

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @CsvSource({"0.05, 30, 2", "0.05, 29, 1", "0.05, 9, 1", "0.05, 1, 1", "0.15, 10, 2", "0.15, 3, 1",
                "0.5, 7, 4", "0.5, 1, 1", "0.0, 12, 0", "0.5, 0, 0", "1.0, 5, 5", "0.15, 100, 15"})
    void quotasRoundHalfUpWithAtLeastOneFromANonEmptyTier(BigDecimal ratio, int enterprises, int quota) {
        assertThat(InspectionDraw.quota(ratio, enterprises)).isEqualTo(quota);
    }

    @Test
    void eachTierGetsItsQuotaAndThePositiveListIsCheckedOffSite() {
        DrawResult result = InspectionDraw.draw(district("2026-Q1"), "seed-1");

        assertThat(result.tiers()).extracting(TierDraw::tier, TierDraw::enterprises, TierDraw::offSite,
                                              TierDraw::quota, TierDraw::drawn)
                                  .containsExactly(org.assertj.core.groups.Tuple.tuple("KEY", 7, false, 4, 4),
                                                   org.assertj.core.groups.Tuple.tuple("POSITIVE_LIST", 12, true, 0, 0),
                                                   org.assertj.core.groups.Tuple.tuple("REDUCED", 30, false, 2, 2),
                                                   org.assertj.core.groups.Tuple.tuple("STANDARD", 10, false, 2, 2));
        assertThat(result.inspections()).hasSize(8).allSatisfy(inspection -> {
            assertThat(inspection.creditCode()).doesNotStartWith("A-");
            assertThat(inspection.basis()).isEqualTo(DrawBasis.RANDOM);
            assertThat(inspection.inspectorIds()).hasSize(2).doesNotHaveDuplicates();
        });
        assertThat(result.inspections()).extracting(DrawnInspection::creditCode).isSorted();
    }

    @Test
    void theSameInputsAndSeedGiveTheSameDrawByteForByteAndAnotherSeedAnotherDraw() {
        String first = CanonicalJson.write(InspectionDraw.draw(district("2026-Q1"), "seed-1"));
        String again = CanonicalJson.write(InspectionDraw.draw(district("2026-Q1"), "seed-1"));
        String other = CanonicalJson.write(InspectionDraw.draw(district("2026-Q1"), "seed-2"));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void theOrderInWhichTheReadModelsAnsweredDoesNotChangeInputsHashOrDraw() {
        List<String> shuffled = new ArrayList<>(codes("B", 30));
        Collections.shuffle(shuffled, new java.util.Random(3));
        List<DrawInspector> inspectors = new ArrayList<>(inspectors(6));
        Collections.reverse(inspectors);
        DrawInputs reordered = inputs("2026-Q1", List.of(new TierPopulation("KEY", codes("D", 7)),
                                                         new TierPopulation("STANDARD", codes("C", 10)),
                                                         new TierPopulation("REDUCED", shuffled),
                                                         new TierPopulation("POSITIVE_LIST", codes("A", 12))),
                                      inspectors);

        assertThat(InspectionDraw.inputHash(reordered)).isEqualTo(InspectionDraw.inputHash(district("2026-Q1")));
        assertThat(InspectionDraw.draw(reordered, "s")).isEqualTo(InspectionDraw.draw(district("2026-Q1"), "s"));
    }

    @Test
    void anyChangedInputChangesTheInputHash() {
        String hash = InspectionDraw.inputHash(district("2026-Q1"));
        DrawInputs base = district("2026-Q1");
        List<TierPopulation> moved = new ArrayList<>(base.population());
        moved.set(1, new TierPopulation("POSITIVE_LIST", codes("A", 11)));
        List<DrawInspector> recused = new ArrayList<>(base.inspectors());
        recused.set(0, new DrawInspector("i01", List.of("B-0001")));

        assertThat(List.of(
                with(base, moved, base.inspectors(), base.previousPairs(), base.recentlyInspected()),
                with(base, base.population(), recused, base.previousPairs(), base.recentlyInspected()),
                with(base, base.population(), base.inspectors(),
                     List.of(new InspectorPair("B-0001", List.of("i01", "i02"))), base.recentlyInspected()),
                with(base, base.population(), base.inspectors(), base.previousPairs(), List.of("C-0001"))))
                .extracting(InspectionDraw::inputHash).doesNotContain(hash).doesNotHaveDuplicates();
    }

    private static DrawInputs with(DrawInputs base, List<TierPopulation> population, List<DrawInspector> inspectors,
                                   List<InspectorPair> previous, List<String> recent) {
        return new DrawInputs(base.period(), base.indicatorSystem(), base.indicatorVersion(),
                              base.indicatorVersionHash(), base.tierRules(), population, inspectors, previous,
                              base.visitsThisYear(), 30, recent);
    }

    @Test
    void enterprisesInspectedRecentlyAreNotDrawnAtRandom() {
        List<String> recent = codes("C", 9);
        DrawInputs inputs = new DrawInputs("2026-Q1", "TZ-GREEN-CREDIT", "2026.1", "h", DrawFixtures.RULES_2026_1,
                                           List.of(new TierPopulation("STANDARD", codes("C", 10))), inspectors(4),
                                           List.of(), List.of(), 90, recent);

        DrawResult result = InspectionDraw.draw(inputs, "seed");

        // the quota is 2 (15 % of 10), but only C-0010 was not inspected within 90 days
        assertThat(result.tiers().get(0).recentlyInspected()).isEqualTo(9);
        assertThat(result.inspections()).extracting(DrawnInspection::creditCode).containsExactly("C-0010");
    }

    @Test
    void keySupervisionReachesItsYearlyMinimumOfTwoVisits() {
        // Q3: D-0001 had no visit, so it needs 2 with 2 quarters left: drawn whatever the seed, even if recent
        DrawInputs q3 = new DrawInputs("2026-Q3", "TZ-GREEN-CREDIT", "2026.1", "h", DrawFixtures.RULES_2026_1,
                                       List.of(new TierPopulation("KEY", codes("D", 4))), inspectors(4), List.of(),
                                       List.of(new VisitCount("D-0002", 1), new VisitCount("D-0003", 1),
                                               new VisitCount("D-0004", 2)), 90, List.of("D-0001"));
        for (String seed : List.of("a", "b", "c", "d", "e")) {
            DrawResult result = InspectionDraw.draw(q3, seed);
            assertThat(result.inspections()).filteredOn(i -> i.basis() == DrawBasis.YEARLY_MINIMUM)
                                            .extracting(DrawnInspection::creditCode).containsExactly("D-0001");
            assertThat(result.tiers().get(0).drawn()).isEqualTo(2); // quota 2 = 1 by the minimum + 1 at random
        }
        // Q4: D-0002 and D-0003 had one visit each and need a second now; D-0004 has its two
        DrawInputs q4 = new DrawInputs("2026-Q4", "TZ-GREEN-CREDIT", "2026.1", "h", DrawFixtures.RULES_2026_1,
                                       List.of(new TierPopulation("KEY", codes("D", 4))), inspectors(4), List.of(),
                                       List.of(new VisitCount("D-0001", 2), new VisitCount("D-0002", 1),
                                               new VisitCount("D-0003", 1), new VisitCount("D-0004", 2)), 0,
                                       List.of());
        assertThat(InspectionDraw.draw(q4, "x").inspections()).filteredOn(i -> i.basis() == DrawBasis.YEARLY_MINIMUM)
                                                          .extracting(DrawnInspection::creditCode)
                                                          .containsExactly("D-0002", "D-0003");
    }

    @Test
    void thePreviewGivesTheDrawsCountsWithoutASeedAndEvenWithoutInspectors() {
        DrawInputs q3 = new DrawInputs("2026-Q3", "TZ-GREEN-CREDIT", "2026.1", "h", DrawFixtures.RULES_2026_1,
                                       List.of(new TierPopulation("KEY", codes("D", 4)),
                                               new TierPopulation("STANDARD", codes("C", 10))),
                                       inspectors(4), List.of(), List.of(new VisitCount("D-0004", 2)), 90,
                                       List.of("D-0001", "C-0001"));

        for (String seed : List.of("a", "b", "c")) {
            assertThat(InspectionDraw.preview(q3)).isEqualTo(InspectionDraw.draw(q3, seed).tiers());
        }
        assertThat(InspectionDraw.preview(district("2026-Q1"))).isEqualTo(InspectionDraw.draw(district("2026-Q1"),
                                                                                              "s").tiers());
        DrawInputs nobody = new DrawInputs("2026-Q3", "TZ-GREEN-CREDIT", "2026.1", "h", DrawFixtures.RULES_2026_1,
                                           q3.population(), List.of(), List.of(), List.of(), 0, List.of());
        assertThat(InspectionDraw.preview(nobody)).extracting(TierDraw::tier, TierDraw::yearlyMinimum,
                                                              TierDraw::quota, TierDraw::drawn)
                                                  .containsExactly(org.assertj.core.groups.Tuple.tuple("KEY", 4, 2, 4),
                                                                   org.assertj.core.groups.Tuple.tuple("STANDARD", 0, 2,
                                                                                                       2));
    }

    @Test
    void inTheFirstQuarterNoEnterpriseIsForcedYet() {
        assertThat(InspectionDraw.draw(district("2026-Q1"), "s").tiers()).allMatch(tier -> tier.yearlyMinimum() == 0);
    }

    @Test
    void pairsRespectRecusalsAndAreNeverThePreviousPeriodsPair() {
        List<DrawInspector> inspectors = List.of(new DrawInspector("i01", List.of("D-0001")),
                                                 new DrawInspector("i02", List.of()),
                                                 new DrawInspector("i03", List.of()),
                                                 new DrawInspector("i04", List.of()),
                                                 new DrawInspector("i05", List.of()));
        DrawInputs inputs = new DrawInputs("2026-Q2", "TZ-GREEN-CREDIT", "2026.1", "h", DrawFixtures.RULES_2026_1,
                                           List.of(new TierPopulation("KEY", List.of("D-0001"))), inspectors,
                                           List.of(new InspectorPair("D-0001", List.of("i02", "i03"))), List.of(), 0,
                                           List.of());
        for (int seed = 0; seed < 50; seed++) {
            // i01 is recused, i02 and i03 inspected it last quarter: only i04 and i05 remain
            assertThat(InspectionDraw.draw(inputs, "seed-" + seed).inspections().get(0).inspectorIds())
                    .containsExactly("i04", "i05");
        }
    }

    @Test
    void fewerThanTwoEligibleInspectorsIsRefusedNamingTheEnterprise() {
        DrawInputs inputs = new DrawInputs("2026-Q2", "TZ-GREEN-CREDIT", "2026.1", "h", DrawFixtures.RULES_2026_1,
                                           List.of(new TierPopulation("KEY", List.of("D-0001"))), inspectors(3),
                                           List.of(new InspectorPair("D-0001", List.of("i01", "i02"))), List.of(), 0,
                                           List.of());

        assertThatThrownBy(() -> InspectionDraw.draw(inputs, "s")).isInstanceOf(RuleViolation.class)
                                                                  .hasMessage("inspection.inspectors.insufficient [D-0001, 1]");
    }

    @Test
    void aTierTheVersionDoesNotKnowIsRefused() {
        DrawInputs inputs = inputs("2026-Q1", List.of(new TierPopulation("SPECIAL", List.of("X-1"))), inspectors(2));

        assertThatThrownBy(() -> InspectionDraw.draw(inputs, "s")).isInstanceOf(RuleViolation.class)
                                                                  .hasMessage("inspection.tier.unknown [SPECIAL, 2026.1]");
    }

    @Test
    void seedsAreTextOfOneTo128CharactersWithoutControlCharacters() {
        for (String bad : new String[] {null, "", "   ", "a\nb", "x".repeat(129)}) {
            assertThatThrownBy(() -> DrawSeed.check(bad)).isInstanceOf(RuleViolation.class)
                                                         .hasMessage("inspection.seed.invalid [128]");
        }
        DrawSeed.check("2026年第四季度 公证员 王某 12-34-56");
    }

    @Test
    void theStreamIsSha256InCounterModeAsDocumented() throws Exception {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        byte[] block0 = sha.digest(HexFormat.of().parseHex("7365656400746965723a4b4559000000000000000000"));
        long firstWord = java.nio.ByteBuffer.wrap(block0).getLong() >>> 1;

        DrawStream stream = new DrawStream("seed", "tier:KEY");
        assertThat(stream.next()).isEqualTo(firstWord);
        // the documented test vector (docs/inspection-draw.md)
        assertThat(new DrawStream("seed", "tier:KEY").below(10)).isEqualTo((int) (firstWord % 10));
    }

    /**
     * Over 2,000 seeds each enterprise of a tier must be drawn with the tier's probability k/N. The count of one
     * enterprise is binomial(2000, p); 5 standard deviations either side fail an honest draw with probability about
     * 6·10⁻⁷ per enterprise, so the 50 enterprises checked here fail together less than once in 30,000 runs.
     */
    @Test
    void overManySeedsEachEnterpriseIsDrawnWithItsTiersProbability() {
        int seeds = 2_000;
        DrawInputs inputs = inputs("2026-Q1", List.of(new TierPopulation("REDUCED", codes("B", 30)),
                                                      new TierPopulation("STANDARD", codes("C", 13)),
                                                      new TierPopulation("KEY", codes("D", 7))), inspectors(8));
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> pairCounts = new HashMap<>();
        for (int seed = 0; seed < seeds; seed++) {
            for (DrawnInspection inspection : InspectionDraw.draw(inputs, Integer.toString(seed)).inspections()) {
                counts.merge(inspection.creditCode(), 1, Integer::sum);
                inspection.inspectorIds().forEach(id -> pairCounts.merge(id, 1, Integer::sum));
            }
        }
        Map<String, Double> probability = Map.of("B", 2 / 30.0, "C", 2 / 13.0, "D", 4 / 7.0);
        for (String tier : Set.of("B", "C", "D")) {
            double p = probability.get(tier);
            double mean = seeds * p;
            double tolerance = 5 * Math.sqrt(seeds * p * (1 - p));
            List<String> enterprises = codes(tier, tier.equals("B") ? 30 : tier.equals("C") ? 13 : 7);
            assertThat(enterprises).allSatisfy(code -> assertThat((double) counts.getOrDefault(code, 0))
                    .as("%s drawn %d times, expected %.1f ± %.1f", code, counts.getOrDefault(code, 0), mean, tolerance)
                    .isBetween(mean - tolerance, mean + tolerance));
        }
        // inspectors too: 8 draws per seed, 2 of 8 inspectors each
        int pairs = counts.values().stream().mapToInt(Integer::intValue).sum();
        double mean = pairs * 2 / 8.0;
        double tolerance = 5 * Math.sqrt(pairs * 0.25 * 0.75);
        assertThat(pairCounts.values()).allSatisfy(count -> assertThat((double) count)
                .isBetween(mean - tolerance, mean + tolerance));
        assertThat(pairCounts.keySet().stream().collect(Collectors.toSet())).hasSize(8);
    }
}
