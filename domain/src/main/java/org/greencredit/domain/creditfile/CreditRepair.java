package org.greencredit.domain.creditfile;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.ApplyForRepair;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.RepairRules;
import org.greencredit.domain.repair.RepairCondition;
import org.greencredit.domain.repair.RepairEligibility;

/**
 * 信用修复: what an application for repairing the grade in force must name and show, and whether its conditions
 * hold on the day the officer decides — by the repair rules of the version the grade in force was decided with.
 */
final class CreditRepair {

    private CreditRepair() {
    }

    /** The application, with the conditions as they stand today: an enterprise sees at once what is still missing. */
    static RepairApplied application(ApplyForRepair command, String creditCode, RecordedDecision inForce,
                                     RepairRules rules, List<ResolvedFact> facts, CalendarSource calendar,
                                     LocalDate today) {
        List<String> factIds = command.factIds() == null ? List.of() : command.factIds();
        if (new HashSet<>(factIds).size() != factIds.size()) {
            throw new RuleViolation("repair.facts.duplicate");
        }
        RepairEligibility.requireRepairable(rules, inForce.decision(), factIds, today);
        CreditFileRules.requireEvidence(command.evidence());
        CreditFileRules.requireAtMostNoteLength("field.commitment", command.commitment());
        String commitment = command.commitment() == null || command.commitment().isBlank()
                ? null : command.commitment().strip();
        List<RepairCondition> conditions = RepairEligibility.evaluate(rules, inForce.decision(), inForce.decidedOn(),
                                                                      facts, factIds, commitment, today);
        return new RepairApplied(creditCode, command.applicationId(), List.copyOf(factIds), command.evidence(),
                                 commitment, conditions, today,
                                 calendar.workingDays().after(today, rules.decisionWorkingDays()));
    }

    /** Approval needs every condition to hold on the day of the decision, not only on the day of the application. */
    static void requireConditionsHold(RepairApplication application, RecordedDecision inForce, RepairRules rules,
                                      List<ResolvedFact> facts, LocalDate today) {
        RepairEligibility.requireRepairable(rules, inForce.decision(), application.factIds(), today);
        List<String> failing = RepairEligibility.evaluate(rules, inForce.decision(), inForce.decidedOn(), facts,
                                                          application.factIds(), application.commitment(), today)
                                                .stream().filter(condition -> !condition.holds())
                                                .map(condition -> "repairCondition." + condition.condition())
                                                .toList();
        if (!failing.isEmpty()) {
            throw new RuleViolation("repair.conditionsNotMet", String.join(", ", failing));
        }
    }
}
