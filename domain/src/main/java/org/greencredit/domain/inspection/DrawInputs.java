package org.greencredit.domain.inspection;

import java.util.Comparator;
import java.util.List;

/**
 * Everything a draw depends on besides its seed, recorded in the draw's event so that the draw can be recomputed
 * from the event alone, even after every read model was rebuilt: the period; the indicator version whose
 * supervision section gave the tiers' rules; every enterprise in scope with its tier; the inspectors on duty with
 * their recusals; the previous period's pairs (no inspector on the same enterprise in consecutive periods); the
 * on-site visits earlier in the year (for the yearly minimum); and the enterprises inspected within the last
 * {@code recentWindowDays} days, which are not drawn at random. Every list is put in its canonical order here, so
 * the same inputs always serialise (and hash, see {@link InspectionDraw#inputHash}) to the same bytes, whatever
 * order the read models answered in.
 */
public record DrawInputs(String period, String indicatorSystem, String indicatorVersion, String indicatorVersionHash,
                         List<TierRule> tierRules, List<TierPopulation> population, List<DrawInspector> inspectors,
                         List<InspectorPair> previousPairs, List<VisitCount> visitsThisYear, int recentWindowDays,
                         List<String> recentlyInspected) {

    public DrawInputs {
        tierRules = tierRules.stream().sorted(Comparator.comparing(TierRule::tier)).toList();
        population = population.stream().filter(tier -> !tier.creditCodes().isEmpty())
                               .sorted(Comparator.comparing(TierPopulation::tier)).toList();
        inspectors = inspectors.stream().sorted(Comparator.comparing(DrawInspector::inspectorId)).toList();
        previousPairs = previousPairs.stream().sorted(Comparator.comparing(InspectorPair::creditCode)).toList();
        visitsThisYear = visitsThisYear.stream().filter(count -> count.visits() > 0)
                                       .sorted(Comparator.comparing(VisitCount::creditCode)).toList();
        recentlyInspected = recentlyInspected.stream().sorted().distinct().toList();
    }
}
