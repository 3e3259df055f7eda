package org.greencredit.app.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.inspection.DrawInputs;
import org.greencredit.domain.inspection.DrawResult;
import org.greencredit.domain.inspection.DrawnInspection;
import org.greencredit.domain.inspection.InspectionDraw;
import org.greencredit.domain.inspection.TierDraw;
import org.greencredit.domain.inspection.api.InspectionsDrawn;
import org.greencredit.domain.inspection.api.InspectionsRedrawn;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;

/**
 * 抽查核验 ({@code verify-draw}), independent of every read model: reads the event store once, in order, keeping
 * each enterprise's scope and supervision tier as the credit-file events set them (registration: STANDARD; a grade
 * in force: the tier of its grade in the version it was decided with; leaving scope), and at every recorded draw
 * recomputes the input hash and the plan from the recorded inputs and seed, and compares the recorded population
 * with the enterprises in scope and their tiers at that position of the store.
 */
public class DrawVerifier {

    private static final String STANDARD = "STANDARD";
    private static final int DIFFERENCES_SHOWN = 50;

    private final EventStore eventStore;
    private final IndicatorVersions versions;

    public DrawVerifier(EventStore eventStore, IndicatorVersions versions) {
        this.eventStore = eventStore;
        this.versions = versions;
    }

    /** Every draw of the period, or of every period when {@code period} is null, in the order they were made. */
    public List<DrawCheck> verify(String period) {
        Map<String, String> inScope = new HashMap<>();
        List<DrawCheck> checks = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                Object payload = stream.nextAvailable().getPayload();
                if (payload instanceof EnterpriseRegistered registered) {
                    inScope.put(registered.creditCode(), STANDARD);
                } else if (payload instanceof EnterpriseLeftScope left) {
                    inScope.remove(left.creditCode());
                } else if (payload instanceof GradeDecided decided && decided.kind().inForce()
                           && inScope.containsKey(decided.creditCode())) {
                    inScope.put(decided.creditCode(), tier(decided));
                } else if (payload instanceof InspectionsDrawn drawn && matches(period, drawn.period())) {
                    checks.add(check(drawn.period(), drawn.drawId(), drawn.seed(), drawn.inputs(), drawn.inputHash(),
                                     drawn.result(), inScope));
                } else if (payload instanceof InspectionsRedrawn redrawn && matches(period, redrawn.period())) {
                    checks.add(check(redrawn.period(), redrawn.drawId(), redrawn.seed(), redrawn.inputs(),
                                     redrawn.inputHash(), redrawn.result(), inScope));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event store", e);
        }
        return checks;
    }

    private static boolean matches(String wanted, String period) {
        return wanted == null || wanted.equals(period);
    }

    private String tier(GradeDecided decided) {
        return versions.version(decided.decision().system(), decided.decision().versionHash())
                       .map(ScoringEngine::system)
                       .flatMap(system -> system.tierFor(decided.decision().grade()))
                       .map(tier -> tier.tier())
                       .orElse("?" + decided.decision().grade());
    }

    private static DrawCheck check(String period, String drawId, String seed, DrawInputs inputs, String inputHash,
                                   DrawResult recorded, Map<String, String> inScope) {
        List<String> differences = new ArrayList<>();
        String hash = InspectionDraw.inputHash(inputs);
        if (!hash.equals(inputHash)) {
            differences.add("input hash: recorded " + inputHash + " / recomputed " + hash);
        }
        try {
            compare(recorded, InspectionDraw.draw(inputs, seed), differences);
        } catch (RuleViolation refused) {
            differences.add("recomputation refused: " + refused.getMessage());
        }
        comparePopulation(inputs, inScope, differences);
        if (differences.size() > DIFFERENCES_SHOWN) {
            int more = differences.size() - DIFFERENCES_SHOWN;
            differences.subList(DIFFERENCES_SHOWN, differences.size()).clear();
            differences.add("… " + more + " more");
        }
        int enterprises = recorded.tiers().stream().mapToInt(TierDraw::enterprises).sum();
        return new DrawCheck(period, drawId, seed, inputHash, enterprises, recorded.inspections().size(),
                             differences.isEmpty(), differences);
    }

    private static void compare(DrawResult recorded, DrawResult recomputed, List<String> differences) {
        Map<String, TierDraw> recordedTiers = new TreeMap<>();
        recorded.tiers().forEach(tier -> recordedTiers.put(tier.tier(), tier));
        Map<String, TierDraw> recomputedTiers = new TreeMap<>();
        recomputed.tiers().forEach(tier -> recomputedTiers.put(tier.tier(), tier));
        for (String tier : new TreeSet<>(union(recordedTiers.keySet(), recomputedTiers.keySet()))) {
            TierDraw before = recordedTiers.get(tier);
            TierDraw after = recomputedTiers.get(tier);
            if (!Objects.equals(before, after)) {
                differences.add("tier " + tier + ": recorded " + counts(before) + " / recomputed " + counts(after));
            }
        }
        Map<String, DrawnInspection> recordedDraws = byCode(recorded);
        Map<String, DrawnInspection> recomputedDraws = byCode(recomputed);
        for (String code : new TreeSet<>(union(recordedDraws.keySet(), recomputedDraws.keySet()))) {
            DrawnInspection before = recordedDraws.get(code);
            DrawnInspection after = recomputedDraws.get(code);
            if (after == null) {
                differences.add("enterprise " + code + " (" + before.tier() + "): drawn in the record, not by the"
                                + " recomputation");
            } else if (before == null) {
                differences.add("enterprise " + code + " (" + after.tier() + "): drawn by the recomputation, not in"
                                + " the record");
            } else if (!before.equals(after)) {
                differences.add("enterprise " + code + " (" + after.tier() + "): recorded " + before.basis() + " "
                                + before.inspectorIds() + " / recomputed " + after.basis() + " "
                                + after.inspectorIds());
            }
        }
    }

    private static void comparePopulation(DrawInputs inputs, Map<String, String> inScope, List<String> differences) {
        Map<String, String> recorded = new TreeMap<>();
        inputs.population().forEach(tier -> tier.creditCodes().forEach(code -> recorded.put(code, tier.tier())));
        for (String code : new TreeSet<>(union(recorded.keySet(), inScope.keySet()))) {
            String before = recorded.get(code);
            String store = inScope.get(code);
            if (store == null) {
                differences.add("population " + code + ": tier " + before + " in the record, not in scope in the"
                                + " event store at the draw");
            } else if (before == null) {
                differences.add("population " + code + ": in scope (tier " + store + ") in the event store at the"
                                + " draw, not in the record");
            } else if (!before.equals(store)) {
                differences.add("population " + code + ": tier " + before + " in the record / " + store
                                + " in the event store at the draw");
            }
        }
    }

    private static String counts(TierDraw tier) {
        return tier == null ? "absent" : "enterprises " + tier.enterprises() + ", quota " + tier.quota()
                                         + ", yearly minimum " + tier.yearlyMinimum() + ", drawn " + tier.drawn();
    }

    private static Map<String, DrawnInspection> byCode(DrawResult result) {
        Map<String, DrawnInspection> byCode = new HashMap<>();
        result.inspections().forEach(inspection -> byCode.put(inspection.creditCode(), inspection));
        return byCode;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
