package org.greencredit.domain.creditfile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.scoring.DynamicAdjustment;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorVersions;

/**
 * 在用等级: how a credit file records its grade decisions and keeps the grade in force true to its facts — a new
 * fact that hits a trigger rule or a corrected input fact decides again at once, and the FINAL decision catches up
 * with everything learnt during disclosure. Used inside a command of the file; it changes the file only through
 * {@link GradeDecided} events.
 */
final class GradeInForce {

    private final String creditCode;
    private final DecisionHistory decisions;
    private final FactLedger ledger;
    private final IndicatorVersions versions;

    GradeInForce(String creditCode, DecisionHistory decisions, FactLedger ledger, IndicatorVersions versions) {
        this.creditCode = creditCode;
        this.decisions = decisions;
        this.ledger = ledger;
        this.versions = versions;
    }

    void decide(DecisionKind kind, String cycleId, LocalDate today, GradeDecision decision, String basedOn,
                DecisionTrigger trigger) {
        apply(new GradeDecided(creditCode, decisions.nextId(creditCode), kind, cycleId, today, decision, basedOn,
                               trigger));
    }

    /** A new fact that hits a veto, ceiling or downgrade lowers the grade in force at once. */
    void afterNewFacts(Set<String> newFactIds, LocalDate today) {
        Optional<RecordedDecision> inForce = decisions.inForce();
        if (inForce.isEmpty() || newFactIds.isEmpty()) {
            return;
        }
        RecordedDecision current = inForce.get();
        DynamicAdjustment.afterNewFacts(CreditFileRules.engine(current.decision(), versions), current.decision(),
                                        ledger.resolved(), newFactIds)
                         .ifPresent(adjustment -> decide(
                                 DecisionKind.DYNAMIC, current.cycleId(), today, adjustment.decision(),
                                 current.decisionId(),
                                 new DecisionTrigger(DecisionTrigger.NEW_FACT, adjustment.triggeringFactId())));
    }

    /** A corrected fact the grade in force was decided on re-grades it, in either direction. */
    void afterCorrection(String factId, LocalDate today) {
        Optional<RecordedDecision> inForce = decisions.inForce();
        if (inForce.isEmpty() || inForce.get().decision().facts().stream()
                                        .noneMatch(fact -> fact.factId().equals(factId))) {
            return;
        }
        RecordedDecision current = inForce.get();
        DynamicAdjustment.afterCorrection(CreditFileRules.engine(current.decision(), versions), current.decision(),
                                          ledger.resolved())
                         .ifPresent(decision -> decide(DecisionKind.DYNAMIC, current.cycleId(), today, decision,
                                                       current.decisionId(),
                                                       new DecisionTrigger(DecisionTrigger.CORRECTION, factId)));
    }

    /**
     * The FINAL decision publishes the standing one as it was disclosed; what changed since — an input fact
     * corrected, a fact learnt later that hits a trigger rule — follows at once as DYNAMIC decisions.
     */
    void publishFinal(Evaluation evaluation, LocalDate today) {
        RecordedDecision standing = decision(evaluation.standingDecisionId());
        decide(DecisionKind.FINAL, evaluation.cycleId(), today, standing.decision(), standing.decisionId(),
               new DecisionTrigger(DecisionTrigger.PUBLICATION, evaluation.cycleId()));
        Map<String, ResolvedFact> now = new HashMap<>();
        ledger.resolved().forEach(fact -> now.put(fact.factId(), fact));
        standing.decision().facts().stream().filter(fact -> !fact.equals(now.get(fact.factId()))).findFirst()
                .ifPresent(changed -> afterCorrection(changed.factId(), today));
        afterNewFacts(laterFacts(), today);
    }

    RecordedDecision decision(String decisionId) {
        return decisions.byId(decisionId)
                        .orElseThrow(() -> new IllegalStateException("no decision " + decisionId));
    }

    /**
     * Facts counting now that the grade in force did not weigh: recorded after it was made, or dated after its
     * decision date.
     */
    private Set<String> laterFacts() {
        Set<String> weighed = new HashSet<>();
        decisions.inForce().ifPresent(inForce -> inForce.decision().facts().stream()
                .filter(fact -> !fact.occurredOn().isAfter(inForce.decision().asOf()))
                .forEach(fact -> weighed.add(fact.factId())));
        Set<String> later = new TreeSet<>();
        ledger.resolved().stream().map(ResolvedFact::factId).filter(id -> !weighed.contains(id)).forEach(later::add);
        return later;
    }
}
