package org.greencredit.domain.repair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.RepairConditionKind;
import org.greencredit.domain.indicator.RepairRules;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.RuleHit;

/**
 * 信用修复条件 (DOMAIN.md, "Procedure"): who may apply at all, and, for the facts asked to be repaired, which of the
 * version's conditions hold today — the waiting period after the most severe of them, findings rectified,
 * penalties fulfilled, no new violation since the grade, a commitment signed. Pure: the same inputs give the same
 * answer, so the enterprise sees live what an officer will see.
 */
public final class RepairEligibility {

    private RepairEligibility() {
    }

    /**
     * Refuses an application that can never succeed: no grade in force, a grade not eligible, a veto that rules
     * repair out, or a fact that did not cost the enterprise anything in the grade in force.
     */
    public static void requireRepairable(RepairRules rules, GradeDecision inForce, List<String> factIds,
                                         LocalDate today) {
        if (inForce == null) {
            throw new RuleViolation("repair.noGrade");
        }
        if (!rules.eligibleGrades().contains(inForce.grade())) {
            throw new RuleViolation("repair.gradeNotEligible", inForce.grade());
        }
        for (RepairRules.NotRepairable exclusion : rules.notRepairable()) {
            for (RuleHit veto : inForce.vetoes()) {
                if (veto.ruleId().equals(exclusion.veto())) {
                    for (ResolvedFact fact : factsOf(inForce, veto.factIds())) {
                        if (fact.occurredOn().isAfter(today.minusMonths(exclusion.withinMonths()))) {
                            throw new RuleViolation("repair.notRepairable", veto.ruleId(), exclusion.withinMonths());
                        }
                    }
                }
            }
        }
        if (factIds == null || factIds.isEmpty()) {
            throw new RuleViolation("repair.facts.required");
        }
        Set<String> negative = negativeFacts(inForce);
        for (String factId : factIds) {
            if (!negative.contains(factId)) {
                throw new RuleViolation("repair.factNotRepairable", factId);
            }
        }
    }

    /** Each condition of the version, evaluated for the requested facts on {@code today}. */
    public static List<RepairCondition> evaluate(RepairRules rules, GradeDecision inForce, LocalDate inForceSince,
                                                 List<ResolvedFact> counting, List<String> factIds, String commitment,
                                                 LocalDate today) {
        List<RepairCondition> conditions = new ArrayList<>();
        conditions.add(waitingPeriod(rules, inForce, factIds, today));
        for (RepairConditionKind required : rules.requires()) {
            conditions.add(switch (required) {
                case FINDINGS_RECTIFIED -> findingsRectified(counting);
                case PENALTIES_FULFILLED -> penaltiesFulfilled(counting, factIds, inForce);
                case NO_NEW_VIOLATION_SINCE_GRADE -> noNewViolation(counting, inForceSince);
                case COMMITMENT_SIGNED -> new RepairCondition(required, commitment != null && !commitment.isBlank()
                        || counting.stream().anyMatch(f -> f.type() == FactType.CREDIT_COMMITMENT
                                                            && f.occurredOn().isAfter(inForceSince)), List.of());
                case WAITING_PERIOD -> throw new IllegalStateException("the waiting period is not a requirement");
            });
        }
        return conditions;
    }

    private static RepairCondition waitingPeriod(RepairRules rules, GradeDecision inForce, List<String> factIds,
                                                 LocalDate today) {
        Set<String> vetoed = new HashSet<>();
        inForce.vetoes().forEach(hit -> vetoed.addAll(hit.factIds()));
        LocalDate waitEnds = LocalDate.MIN;
        for (ResolvedFact fact : factsOf(inForce, factIds)) {
            String severity = vetoed.contains(fact.factId()) ? "VETO" : severityOf(fact);
            LocalDate ends = fact.occurredOn().plusMonths(rules.minimumWaitMonths().getOrDefault(severity, 0));
            waitEnds = ends.isAfter(waitEnds) ? ends : waitEnds;
        }
        boolean holds = !today.isBefore(waitEnds);
        return new RepairCondition(RepairConditionKind.WAITING_PERIOD, holds, holds ? List.of() : List.of(waitEnds.toString()));
    }

    /** The severity a fact's waiting period is counted by. */
    static String severityOf(ResolvedFact fact) {
        return switch (fact.type()) {
            case VIOLATION -> fact.attributes().text("severity");
            case INCIDENT -> "GENERAL".equals(fact.attributes().text("level")) ? "GENERAL" : "VETO";
            case DIAGNOSIS_FINDING -> "MAJOR".equals(fact.attributes().text("severity")) ? "GENERAL" : "MINOR";
            case FALSE_DECLARATION -> "VETO";
            default -> "MINOR";
        };
    }

    private static RepairCondition findingsRectified(List<ResolvedFact> counting) {
        Set<String> rectified = new HashSet<>();
        counting.stream().filter(f -> f.type() == FactType.RECTIFICATION_COMPLETED)
                .forEach(f -> rectified.add(f.attributes().text("findingId")));
        List<String> open = counting.stream().filter(f -> f.type() == FactType.DIAGNOSIS_FINDING)
                                    .map(ResolvedFact::factId).filter(id -> !rectified.contains(id)).toList();
        return new RepairCondition(RepairConditionKind.FINDINGS_RECTIFIED, open.isEmpty(), open);
    }

    private static RepairCondition penaltiesFulfilled(List<ResolvedFact> counting, List<String> factIds,
                                                      GradeDecision inForce) {
        Set<String> fulfilled = new HashSet<>();
        counting.stream().filter(f -> f.type() == FactType.PENALTY_FULFILLED)
                .forEach(f -> fulfilled.add(f.attributes().text("violationId")));
        List<String> unpaid = factsOf(inForce, factIds).stream().filter(f -> f.type() == FactType.VIOLATION)
                                                       .map(ResolvedFact::factId)
                                                       .filter(id -> !fulfilled.contains(id)).toList();
        return new RepairCondition(RepairConditionKind.PENALTIES_FULFILLED, unpaid.isEmpty(), unpaid);
    }

    private static RepairCondition noNewViolation(List<ResolvedFact> counting, LocalDate inForceSince) {
        List<String> newer = counting.stream().filter(f -> f.type() == FactType.VIOLATION
                                                           && f.occurredOn().isAfter(inForceSince))
                                     .map(ResolvedFact::factId).toList();
        return new RepairCondition(RepairConditionKind.NO_NEW_VIOLATION_SINCE_GRADE, newer.isEmpty(), newer);
    }

    /** Facts that cost points or moved the grade in a decision. */
    private static Set<String> negativeFacts(GradeDecision decision) {
        Map<String, java.math.BigDecimal> points = new HashMap<>();
        decision.dimensions().forEach(d -> d.indicators().forEach(i -> i.contributions().forEach(
                c -> points.merge(c.factId(), c.points(), java.math.BigDecimal::add))));
        Set<String> negative = new HashSet<>();
        points.forEach((id, sum) -> {
            if (sum.signum() < 0) {
                negative.add(id);
            }
        });
        List<RuleHit> hits = new ArrayList<>(decision.vetoes());
        hits.addAll(decision.ceilings());
        hits.addAll(decision.downgrades());
        hits.forEach(hit -> negative.addAll(hit.factIds()));
        return negative;
    }

    private static List<ResolvedFact> factsOf(GradeDecision decision, List<String> factIds) {
        return decision.facts().stream().filter(fact -> factIds.contains(fact.factId())).toList();
    }
}
