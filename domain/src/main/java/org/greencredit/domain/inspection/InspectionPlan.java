package org.greencredit.domain.inspection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.RecordedFact;
import org.greencredit.domain.dataerror.CreditFileFacts;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.inspection.api.DrawInspections;
import org.greencredit.domain.inspection.api.InspectionResultRecorded;
import org.greencredit.domain.inspection.api.InspectionViolationLinked;
import org.greencredit.domain.inspection.api.InspectionsDrawn;
import org.greencredit.domain.inspection.api.InspectionsRedrawn;
import org.greencredit.domain.inspection.api.LinkInspectionViolation;
import org.greencredit.domain.inspection.api.RecordInspectionResult;
import org.greencredit.domain.inspection.api.RedrawInspections;

/**
 * 双随机抽查计划 of one quarter (id {@code inspection-plan:<period>}): its draws — the first and any re-draw, each
 * with a reason, never silently — and the result of each enterprise of the draw in force. Only an officer draws;
 * a result is recorded by an officer or by one of the two inspectors drawn for that enterprise.
 */
public class InspectionPlan {

    public static final int MAX_TEXT_LENGTH = 500;

    @AggregateIdentifier
    private String planId;
    private int draws;
    private String drawInForce;
    private LocalDate drawnOn;
    /** Every enterprise of the draw in force with its inspectors (none for an off-site check). */
    private final Map<String, List<String>> drawn = new HashMap<>();
    private final Map<String, InspectionResultRecorded> results = new HashMap<>();

    protected InspectionPlan() {
        // required by Axon to rebuild the aggregate from its events
    }

    public static String planId(String period) {
        return "inspection-plan:" + period;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DrawInspections command, Actor actor, Clock clock) {
        actor.requireRole(Role.OFFICER);
        InspectionPeriod period = InspectionPeriod.parse(command.period());
        if (planId != null) {
            throw new RuleViolation("inspection.alreadyDrawn", period);
        }
        DrawResult result = draw(period, command.seed(), command.inputs());
        apply(new InspectionsDrawn(period.toString(), period + "#1", command.seed(), command.inputs(),
                                   InspectionDraw.inputHash(command.inputs()), result, BusinessDay.today(clock),
                                   clock.instant(), actor.id()));
    }

    @CommandHandler
    void handle(RedrawInspections command, Actor actor, Clock clock) {
        actor.requireRole(Role.OFFICER);
        InspectionPeriod period = InspectionPeriod.parse(command.period());
        String reason = text(command.reason());
        if (reason == null) {
            throw new RuleViolation("inspection.redraw.reasonRequired");
        }
        if (!results.isEmpty()) {
            throw new RuleViolation("inspection.redraw.resultsRecorded", period, results.size());
        }
        DrawResult result = draw(period, command.seed(), command.inputs());
        apply(new InspectionsRedrawn(period.toString(), period + "#" + (draws + 1), drawInForce, reason,
                                     command.seed(), command.inputs(), InspectionDraw.inputHash(command.inputs()),
                                     result, BusinessDay.today(clock), clock.instant(), actor.id()));
    }

    @CommandHandler
    void handle(RecordInspectionResult command, Actor actor, Clock clock, InspectorIdentities identities,
                CreditFileFacts creditFiles) {
        String code = command.creditCode();
        String inspectorId = permittedFor(code, actor, identities);
        InspectionOutcome outcome = command.outcome();
        if (outcome == null) {
            throw new RuleViolation("inspection.result.outcomeRequired");
        }
        String note = text(command.note());
        String correction = text(command.correctionReason());
        if (results.containsKey(code) && correction == null) {
            throw new RuleViolation("inspection.result.alreadyRecorded", code);
        }
        if (!results.containsKey(code) && correction != null) {
            throw new RuleViolation("inspection.result.nothingToCorrect", code);
        }
        LocalDate today = BusinessDay.today(clock);
        if (outcome == InspectionOutcome.NOT_INSPECTED) {
            if (note == null) {
                throw new RuleViolation("inspection.result.reasonRequired");
            }
            if (command.inspectedOn() != null || command.violationFactId() != null) {
                throw new RuleViolation("inspection.result.notInspectedHasNoDetails");
            }
        } else {
            checkInspectedOn(command.inspectedOn(), today);
        }
        if (outcome == InspectionOutcome.NO_PROBLEM && command.violationFactId() != null) {
            throw new RuleViolation("inspection.result.violationNotExpected");
        }
        if (command.violationFactId() != null) {
            checkViolation(code, command.violationFactId(), creditFiles);
        }
        apply(new InspectionResultRecorded(InspectionPeriod.parse(command.period()).toString(), drawInForce, code,
                                           outcome, command.inspectedOn(), command.violationFactId(), note,
                                           correction, today, actor.id(), inspectorId));
    }

    @CommandHandler
    void handle(LinkInspectionViolation command, Actor actor, Clock clock, InspectorIdentities identities,
                CreditFileFacts creditFiles) {
        String code = command.creditCode();
        permittedFor(code, actor, identities);
        InspectionResultRecorded result = results.get(code);
        if (result == null || result.outcome() != InspectionOutcome.PROBLEM_FOUND) {
            throw new RuleViolation("inspection.result.notProblemFound", code);
        }
        if (result.violationFactId() != null) {
            throw new RuleViolation("inspection.violation.alreadyLinked", code, result.violationFactId());
        }
        checkViolation(code, command.violationFactId(), creditFiles);
        apply(new InspectionViolationLinked(result.period(), drawInForce, code, command.violationFactId(),
                                            BusinessDay.today(clock), actor.id()));
    }

    private DrawResult draw(InspectionPeriod period, String seed, DrawInputs inputs) {
        if (inputs == null || !period.toString().equals(inputs.period())) {
            throw new RuleViolation("inspection.inputs.otherPeriod", period,
                                    inputs == null ? "" : String.valueOf(inputs.period()));
        }
        return InspectionDraw.draw(inputs, seed);
    }

    /**
     * Refuses an enterprise the draw in force does not hold, and anyone but an officer or one of its two inspectors;
     * answers the inspector's id when one of them acts.
     */
    private String permittedFor(String creditCode, Actor actor, InspectorIdentities identities) {
        List<String> pair = creditCode == null ? null : drawn.get(creditCode);
        if (pair == null) {
            throw new RuleViolation("inspection.result.notDrawn", String.valueOf(creditCode), planId);
        }
        Optional<String> inspector = identities.inspectorIdOf(actor);
        if (actor.role() == Role.OFFICER) {
            return inspector.filter(pair::contains).orElse(null);
        }
        if (inspector.isEmpty()) {
            throw new RuleViolation("actor.notPermitted", actor.role());
        }
        if (!pair.contains(inspector.get())) {
            throw new RuleViolation("inspection.result.notDrawnInspector", inspector.get(), creditCode);
        }
        return inspector.get();
    }

    private void checkInspectedOn(LocalDate inspectedOn, LocalDate today) {
        if (inspectedOn == null) {
            throw new RuleViolation("inspection.result.dateRequired");
        }
        if (inspectedOn.isAfter(today)) {
            throw new RuleViolation("inspection.result.dateInFuture", inspectedOn, today);
        }
        if (inspectedOn.isBefore(drawnOn)) {
            throw new RuleViolation("inspection.result.dateBeforeDraw", inspectedOn, drawnOn);
        }
    }

    private static void checkViolation(String creditCode, String factId, CreditFileFacts creditFiles) {
        Optional<RecordedFact> fact = factId == null ? Optional.empty()
                : creditFiles.of(creditCode).flatMap(file -> file.fact(factId));
        if (fact.isEmpty() || fact.get().type() != FactType.VIOLATION) {
            throw new RuleViolation("inspection.violation.unknown", String.valueOf(factId), creditCode);
        }
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT_LENGTH) {
            throw new RuleViolation("inspection.text.tooLong", MAX_TEXT_LENGTH);
        }
        return value.strip();
    }

    @EventSourcingHandler
    void on(InspectionsDrawn event) {
        planId = planId(event.period());
        inForce(event.drawId(), event.drawnOn(), event.inputs(), event.result());
    }

    @EventSourcingHandler
    void on(InspectionsRedrawn event) {
        inForce(event.drawId(), event.drawnOn(), event.inputs(), event.result());
    }

    private void inForce(String drawId, LocalDate day, DrawInputs inputs, DrawResult result) {
        draws++;
        drawInForce = drawId;
        drawnOn = day;
        drawn.clear();
        results.clear();
        List<String> offSiteTiers = inputs.tierRules().stream().filter(TierRule::offSite).map(TierRule::tier).toList();
        inputs.population().stream().filter(tier -> offSiteTiers.contains(tier.tier()))
              .forEach(tier -> tier.creditCodes().forEach(code -> drawn.put(code, List.of())));
        result.inspections().forEach(inspection -> drawn.put(inspection.creditCode(), inspection.inspectorIds()));
    }

    @EventSourcingHandler
    void on(InspectionResultRecorded event) {
        results.put(event.creditCode(), event);
    }

    @EventSourcingHandler
    void on(InspectionViolationLinked event) {
        InspectionResultRecorded result = results.get(event.creditCode());
        results.put(event.creditCode(), new InspectionResultRecorded(
                result.period(), result.drawId(), result.creditCode(), result.outcome(), result.inspectedOn(),
                event.violationFactId(), result.note(), result.correctionReason(), result.recordedOn(),
                result.recordedBy(), result.inspectorId()));
    }
}
