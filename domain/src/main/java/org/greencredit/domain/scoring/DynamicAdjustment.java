package org.greencredit.domain.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.AdjustmentTrigger;
import org.greencredit.domain.indicator.DynamicAdjustmentRules;

/**
 * 动态调整 (DOMAIN.md, "Procedure"; the version's {@code dynamicAdjustment} section): whether facts learnt after a
 * grade came into force change it. Pure, like the engine: the same decision in force, facts and version give the
 * same answer.
 *
 * <p>A new fact re-grades only when it hits one of the version's trigger rules (veto, ceiling, downgrade) and only
 * when the grade gets worse ({@code DOWN_ONLY}, the one direction a version may name). The window runs from the period start of the grade in force
 * to the new fact's date; a fact dated inside that grade's period never narrows it, so the window is never shorter
 * than the period the grade in force was decided on. A correction re-grades on the window and date of the grade in
 * force, in either direction: a revoked violation may raise the grade.
 */
public final class DynamicAdjustment {

    private DynamicAdjustment() {
    }

    /** The new decision when one of {@code newFactIds} hits a trigger rule and the grade gets worse; else empty. */
    public static Optional<Adjustment> afterNewFacts(ScoringEngine engine, GradeDecision inForce,
                                                     List<ResolvedFact> facts, Set<String> newFactIds) {
        LocalDate latest = facts.stream().filter(fact -> newFactIds.contains(fact.factId()))
                                .map(ResolvedFact::occurredOn).max(LocalDate::compareTo).orElse(null);
        if (latest == null) {
            return Optional.empty();
        }
        LocalDate to = later(inForce.periodTo(), latest);
        LocalDate asOf = later(inForce.asOf(), latest);
        GradeDecision candidate = engine.score(facts, inForce.periodFrom(), to, asOf);
        DynamicAdjustmentRules rules = engine.system().dynamicAdjustment();
        Optional<String> trigger = triggeringFact(rules, candidate, newFactIds);
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        boolean worse = engine.system().rank(candidate.grade()) > engine.system().rank(inForce.grade());
        if (!worse) {
            return Optional.empty();
        }
        return Optional.of(new Adjustment(candidate, trigger.get()));
    }

    /** The new decision when the facts the grade in force was decided on changed its result; else empty. */
    public static Optional<GradeDecision> afterCorrection(ScoringEngine engine, GradeDecision inForce,
                                                          List<ResolvedFact> facts) {
        GradeDecision candidate = engine.score(facts, inForce.periodFrom(), inForce.periodTo(), inForce.asOf());
        boolean same = candidate.grade().equals(inForce.grade()) && candidate.total().compareTo(inForce.total()) == 0;
        return same ? Optional.empty() : Optional.of(candidate);
    }

    /** The first new fact, in rule order, named by a hit of a trigger kind. */
    private static Optional<String> triggeringFact(DynamicAdjustmentRules rules, GradeDecision candidate,
                                                   Set<String> newFactIds) {
        List<RuleHit> hits = new ArrayList<>();
        if (rules.triggers().contains(AdjustmentTrigger.VETO)) {
            hits.addAll(candidate.vetoes());
        }
        if (rules.triggers().contains(AdjustmentTrigger.CEILING)) {
            hits.addAll(candidate.ceilings());
        }
        if (rules.triggers().contains(AdjustmentTrigger.DOWNGRADE)) {
            hits.addAll(candidate.downgrades());
        }
        return hits.stream().flatMap(hit -> hit.factIds().stream()).filter(newFactIds::contains).findFirst();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A dynamic decision and the new fact that triggered it. */
    public record Adjustment(GradeDecision decision, String triggeringFactId) {
    }
}
