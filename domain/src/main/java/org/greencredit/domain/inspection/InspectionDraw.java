package org.greencredit.domain.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greencredit.domain.common.CanonicalJson;
import org.greencredit.domain.common.RuleViolation;

/**
 * 双随机、一公开: the draw of one period's inspection plan, a pure function of its inputs and seed (the same inputs
 * and seed give the same plan, byte for byte). docs/inspection-draw.md states every rule; in short:
 * <ol>
 *   <li>Tiers are taken in the order of their codes. An off-site tier (正面清单) is not drawn.</li>
 *   <li>The quota of a tier of {@code N} enterprises is {@code ratio × N} rounded half up, at least 1 when the ratio
 *   is above 0 and the tier is not empty, at most {@code N}.</li>
 *   <li>An enterprise that could no longer reach its tier's {@code minOnSiteVisitsPerYear} without this quarter
 *   (visits still needed ≥ quarters left, this one included) is drawn first ({@link DrawBasis#YEARLY_MINIMUM}),
 *   even if inspected recently.</li>
 *   <li>The rest of the quota is drawn from the tier's other enterprises, less those inspected recently, sorted by
 *   credit code, by a partial Fisher–Yates shuffle on the tier's stream ({@code tier:<code>}).</li>
 *   <li>Each drawn enterprise, in credit-code order, gets two distinct inspectors, drawn the same way on its own
 *   stream ({@code pair:<credit code>}) from the inspectors sorted by id, less those recused from it and those of
 *   its pair of the previous period. Fewer than two left is refused: the plan cannot be drawn as the rules say.</li>
 * </ol>
 */
public final class InspectionDraw {

    private InspectionDraw() {
    }

    /** SHA-256 (hex) of the inputs' canonical JSON: sorted keys, no blanks, lists in their canonical order. */
    public static String inputHash(DrawInputs inputs) {
        return CanonicalJson.sha256(CanonicalJson.write(inputs));
    }

    /** The quota of a tier of {@code enterprises} enterprises at this ratio. */
    public static int quota(BigDecimal ratio, int enterprises) {
        if (ratio.signum() <= 0 || enterprises == 0) {
            return 0;
        }
        int rounded = ratio.multiply(BigDecimal.valueOf(enterprises)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Math.min(enterprises, Math.max(1, rounded));
    }

    public static DrawResult draw(DrawInputs inputs, String seed) {
        DrawSeed.check(seed);
        return drawOrCount(inputs, seed);
    }

    /**
     * What a draw of these inputs will give per tier — enterprises, quota, yearly minimum, recently inspected and how
     * many will be drawn — without drawing: none of these counts depends on the seed, only which enterprises are
     * drawn and their inspectors do. The officer sees it before drawing.
     */
    public static List<TierDraw> preview(DrawInputs inputs) {
        return drawOrCount(inputs, null).tiers();
    }

    /** Without a seed only the counts per tier: nothing is drawn and no inspectors are paired. */
    private static DrawResult drawOrCount(DrawInputs inputs, String seed) {
        InspectionPeriod period = InspectionPeriod.parse(inputs.period());
        Map<String, TierRule> rules = inputs.tierRules().stream()
                                            .collect(Collectors.toMap(TierRule::tier, Function.identity()));
        Map<String, Integer> visits = inputs.visitsThisYear().stream()
                                            .collect(Collectors.toMap(VisitCount::creditCode, VisitCount::visits));
        Set<String> recent = new HashSet<>(inputs.recentlyInspected());
        Set<String> seen = new HashSet<>();
        List<TierDraw> tiers = new ArrayList<>();
        Map<String, DrawnInspection> drawn = new HashMap<>();
        for (TierPopulation population : inputs.population()) {
            TierRule rule = rules.get(population.tier());
            if (rule == null) {
                throw new RuleViolation("inspection.tier.unknown", population.tier(), inputs.indicatorVersion());
            }
            for (String code : population.creditCodes()) {
                if (!seen.add(code)) {
                    throw new IllegalArgumentException("enterprise " + code + " appears in more than one tier");
                }
            }
            tiers.add(drawTier(population, rule, period, visits, recent, seed, drawn));
        }
        if (seed == null) {
            return new DrawResult(tiers, List.of());
        }
        Map<String, List<String>> previous = inputs.previousPairs().stream()
                                                   .collect(Collectors.toMap(InspectorPair::creditCode,
                                                                             InspectorPair::inspectorIds));
        List<DrawnInspection> inspections = new ArrayList<>();
        drawn.values().stream().sorted(Comparator.comparing(DrawnInspection::creditCode)).forEach(inspection -> {
            List<String> pair = pair(inspection.creditCode(), inputs.inspectors(),
                                     previous.getOrDefault(inspection.creditCode(), List.of()), seed);
            inspections.add(new DrawnInspection(inspection.creditCode(), inspection.tier(), inspection.basis(), pair));
        });
        return new DrawResult(tiers, inspections);
    }

    private static TierDraw drawTier(TierPopulation population, TierRule rule, InspectionPeriod period,
                                     Map<String, Integer> visits, Set<String> recent, String seed,
                                     Map<String, DrawnInspection> drawn) {
        List<String> codes = population.creditCodes();
        int recentCount = (int) codes.stream().filter(recent::contains).count();
        if (rule.offSite()) {
            return new TierDraw(rule.tier(), codes.size(), true, recentCount, 0, 0, 0);
        }
        int quota = quota(rule.samplingRatioPerQuarter(), codes.size());
        int yearlyMinimum = Math.min(rule.minOnSiteVisitsPerYear(), 4);
        List<String> mandatory = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (String code : codes) {
            int needed = yearlyMinimum - visits.getOrDefault(code, 0);
            if (needed > 0 && needed >= period.quartersLeftInYear()) {
                mandatory.add(code);
            } else if (!recent.contains(code)) {
                candidates.add(code);
            }
        }
        mandatory.forEach(code -> drawn.put(code, new DrawnInspection(code, rule.tier(), DrawBasis.YEARLY_MINIMUM,
                                                                      List.of())));
        int random = Math.min(Math.max(quota - mandatory.size(), 0), candidates.size());
        if (seed == null) {
            return new TierDraw(rule.tier(), codes.size(), false, recentCount, mandatory.size(), quota,
                                mandatory.size() + random);
        }
        choose(candidates, random, new DrawStream(seed, "tier:" + rule.tier()))
                .forEach(code -> drawn.put(code, new DrawnInspection(code, rule.tier(), DrawBasis.RANDOM, List.of())));
        return new TierDraw(rule.tier(), codes.size(), false, recentCount, mandatory.size(), quota,
                            mandatory.size() + random);
    }

    private static List<String> pair(String creditCode, List<DrawInspector> inspectors, List<String> previousPair,
                                     String seed) {
        List<String> eligible = inspectors.stream()
                                          .filter(inspector -> !inspector.recusedCreditCodes().contains(creditCode))
                                          .map(DrawInspector::inspectorId)
                                          .filter(id -> !previousPair.contains(id))
                                          .toList();
        if (eligible.size() < 2) {
            throw new RuleViolation("inspection.inspectors.insufficient", creditCode, eligible.size());
        }
        return choose(eligible, 2, new DrawStream(seed, "pair:" + creditCode));
    }

    /**
     * The first {@code count} elements of a partial Fisher–Yates shuffle of {@code sorted}: for i = 0 … count−1,
     * swap position i with position i + below(size − i). Every subset is equally likely.
     */
    static List<String> choose(List<String> sorted, int count, DrawStream stream) {
        List<String> pool = new ArrayList<>(sorted);
        for (int i = 0; i < count; i++) {
            Collections.swap(pool, i, i + stream.below(pool.size() - i));
        }
        return List.copyOf(pool.subList(0, count));
    }
}
