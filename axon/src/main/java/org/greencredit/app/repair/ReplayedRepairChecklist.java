package org.greencredit.app.repair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.EnterpriseCreditFile;
import org.greencredit.domain.creditfile.RecordedDecision;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.RepairRules;
import org.greencredit.domain.repair.RepairEligibility;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.ui.portal.RepairChecklist;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The repair checklist from the credit file itself: its events replayed through the credit file's own handlers,
 * then {@link RepairEligibility} applied to the grade in force and the facts counting, as {@code ApplyForRepair}
 * and {@code DecideRepair} apply it.
 */
@Component
public class ReplayedRepairChecklist implements RepairChecklist {

    private static final String FACTS_REQUIRED = "repair.facts.required";

    private final EventStore eventStore;
    private final IndicatorVersions versions;
    private final Clock clock;
    private final Configuration handlers;
    private volatile AggregateModel<EnterpriseCreditFile> model;

    /** {@code handlers} are Axon's, so the credit file's handlers resolve their parameters as in the application. */
    public ReplayedRepairChecklist(EventStore eventStore, IndicatorVersions versions, Clock clock,
                                   @Lazy Configuration handlers) {
        this.eventStore = eventStore;
        this.versions = versions;
        this.clock = clock;
        this.handlers = handlers;
    }

    @Override
    public RepairCheck check(String creditCode, List<String> factIds, String commitment) {
        EnterpriseCreditFile file = replay(creditCode);
        Optional<RecordedDecision> inForce = file.effectiveDecision();
        if (inForce.isEmpty()) {
            return new RepairCheck(null, List.of(), new RuleViolation("repair.noGrade").refusal(), List.of(),
                                   known(file.resolvedFacts(), List.of()));
        }
        GradeDecision decision = inForce.get().decision();
        Map<String, ResolvedFact> known = known(file.resolvedFacts(), decision.facts());
        RepairRules rules = versions.version(decision.system(), decision.versionHash()).orElseThrow(
                () -> new RuleViolation("indicator.version.notFound", decision.versionHash())).system().repair();
        LocalDate today = BusinessDay.today(clock);
        Optional<RuleViolation> fileRefused = refusalFor(rules, decision, List.of(), today)
                .filter(violation -> !violation.messageKey().equals(FACTS_REQUIRED));
        if (fileRefused.isPresent()) {
            return new RepairCheck(decision.grade(), List.of(), fileRefused.get().refusal(), List.of(), known);
        }
        List<ResolvedFact> repairable = decision.facts().stream().filter(
                fact -> refusalFor(rules, decision, List.of(fact.factId()), today).isEmpty()).toList();
        if (factIds.isEmpty()) {
            return new RepairCheck(decision.grade(), repairable, null, List.of(), known);
        }
        Optional<RuleViolation> refused = refusalFor(rules, decision, factIds, today);
        if (refused.isPresent()) {
            return new RepairCheck(decision.grade(), repairable, refused.get().refusal(), List.of(), known);
        }
        String signed = commitment == null || commitment.isBlank() ? null : commitment.strip();
        return new RepairCheck(decision.grade(), repairable, null,
                               RepairEligibility.evaluate(rules, decision, inForce.get().decidedOn(),
                                                          file.resolvedFacts(), factIds, signed, today),
                               known);
    }

    private static Map<String, ResolvedFact> known(List<ResolvedFact> counting, List<ResolvedFact> graded) {
        Map<String, ResolvedFact> known = new HashMap<>();
        graded.forEach(fact -> known.put(fact.factId(), fact));
        counting.forEach(fact -> known.put(fact.factId(), fact));
        return known;
    }

    private static Optional<RuleViolation> refusalFor(RepairRules rules, GradeDecision decision, List<String> factIds,
                                                      LocalDate today) {
        try {
            RepairEligibility.requireRepairable(rules, decision, factIds, today);
            return Optional.empty();
        } catch (RuleViolation violation) {
            return Optional.of(violation);
        }
    }

    private EnterpriseCreditFile replay(String creditCode) {
        EnterpriseCreditFile file = new EnterpriseCreditFile();
        AggregateModel<EnterpriseCreditFile> inspected = model();
        WholeStream.of(eventStore, creditCode).asStream().forEach(message -> inspected.publish(message, file));
        return file;
    }

    private AggregateModel<EnterpriseCreditFile> model() {
        if (model == null) {
            model = AnnotatedAggregateMetaModelFactory.inspectAggregate(
                    EnterpriseCreditFile.class, handlers.parameterResolverFactory(),
                    handlers.handlerDefinition(EnterpriseCreditFile.class));
        }
        return model;
    }
}
