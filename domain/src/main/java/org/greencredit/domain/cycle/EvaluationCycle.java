package org.greencredit.domain.cycle;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.greencredit.domain.actor.Role.OFFICER;
import static org.greencredit.domain.actor.Role.SYSTEM;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.calendar.WorkingDays;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.cycle.api.CloseCycle;
import org.greencredit.domain.cycle.api.CloseDeclarationPhase;
import org.greencredit.domain.cycle.api.CloseDisclosurePhase;
import org.greencredit.domain.cycle.api.CloseVerificationPhase;
import org.greencredit.domain.cycle.api.CycleClosed;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.DisclosurePhaseClosed;
import org.greencredit.domain.cycle.api.EnterpriseExcludedFromCycle;
import org.greencredit.domain.cycle.api.ExcludeFromCycle;
import org.greencredit.domain.cycle.api.FinalGradesPublished;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.cycle.api.PublishFinalGrades;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.indicator.EvaluationRules;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;

/**
 * 评价周期: one yearly evaluation of a batch of enterprises — its period, indicator version and schedule — moved
 * from phase to phase as its deadlines pass. Each phase change names the enterprises it concerns; a fan-out
 * process carries it to every enterprise's credit file, where each evaluation lives.
 */
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class EvaluationCycle {

    private static final Pattern CYCLE_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    @AggregateIdentifier
    private String cycleId;
    private CyclePhase phase;
    private CycleSchedule schedule;
    private String indicatorSystem;
    private String versionHash;
    private LocalDate disclosureEnd;
    private final Set<String> creditCodes = new LinkedHashSet<>();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenCycle command, Actor actor, Clock clock, IndicatorVersions versions, CalendarSource calendar) {
        actor.requireRole(OFFICER);
        if (phase != null) {
            throw new RuleViolation("cycle.alreadyOpen", cycleId);
        }
        if (command.cycleId() == null || !CYCLE_ID.matcher(command.cycleId()).matches()) {
            throw new RuleViolation("cycle.id.invalid", String.valueOf(command.cycleId()));
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation("text.required", "field.cycleName");
        }
        LocalDate today = BusinessDay.today(clock);
        if (command.year() < 2001 || command.year() > today.getYear()) {
            throw new RuleViolation("cycle.year.invalid", command.year(), today.getYear());
        }
        LocalDate periodFrom = LocalDate.of(command.year() - 1, 1, 1);
        LocalDate periodTo = LocalDate.of(command.year() - 1, 12, 31);
        List<String> codes = batch(command.creditCodes());
        ScoringEngine engine = versions.published(command.indicatorSystem(), command.indicatorVersion())
                                       .orElseThrow(() -> new RuleViolation("indicator.version.notPublished",
                                                                            String.valueOf(command.indicatorVersion())));
        EvaluationRules rules = engine.system().evaluation();
        CycleSchedule planned = CycleSchedule.plan(today, rules, calendar.workingDays());
        apply(new CycleOpened(command.cycleId(), command.year(), command.name().strip(), codes, periodFrom, periodTo,
                              command.indicatorSystem(), command.indicatorVersion(), engine.versionHash(), planned));
    }

    @CommandHandler
    void handle(ExcludeFromCycle command, Actor actor) {
        actor.requireRole(SYSTEM);
        if (creditCodes.contains(command.creditCode())) {
            apply(new EnterpriseExcludedFromCycle(cycleId, command.creditCode(), command.reason()));
        }
    }

    @CommandHandler
    void handle(CloseDeclarationPhase command, Actor actor, Clock clock) {
        actor.requireRole(SYSTEM, OFFICER);
        requirePhase(CyclePhase.DECLARATION);
        LocalDate today = requireAfter(schedule.declarationDeadline(), clock);
        apply(new DeclarationPhaseClosed(cycleId, List.copyOf(creditCodes), today));
    }

    @CommandHandler
    void handle(CloseVerificationPhase command, Actor actor, Clock clock, CalendarSource calendar,
                IndicatorVersions versions) {
        actor.requireRole(SYSTEM, OFFICER);
        requirePhase(CyclePhase.VERIFICATION);
        LocalDate today = requireAfter(schedule.verificationDeadline(), clock);
        WorkingDays days = calendar.workingDays();
        LocalDate start = schedule.disclosureStart().isBefore(today)
                ? days.onOrAfter(today) : schedule.disclosureStart();
        int disclosureDays = rulesOf(versions).disclosureWorkingDays();
        apply(new VerificationPhaseClosed(cycleId, List.copyOf(creditCodes), schedule.verificationDeadline(), start,
                                          days.lastOfSpan(start, disclosureDays)));
    }

    @CommandHandler
    void handle(CloseDisclosurePhase command, Actor actor, Clock clock) {
        actor.requireRole(SYSTEM, OFFICER);
        requirePhase(CyclePhase.DISCLOSURE);
        LocalDate today = requireAfter(disclosureEnd, clock);
        apply(new DisclosurePhaseClosed(cycleId, List.copyOf(creditCodes), today));
    }

    @CommandHandler
    void handle(PublishFinalGrades command, Actor actor, Clock clock) {
        actor.requireRole(OFFICER);
        requirePhase(CyclePhase.REVIEW);
        apply(new FinalGradesPublished(cycleId, List.copyOf(creditCodes), BusinessDay.today(clock)));
    }

    @CommandHandler
    void handle(CloseCycle command, Actor actor, Clock clock) {
        actor.requireRole(OFFICER);
        requirePhase(CyclePhase.PUBLISHED);
        apply(new CycleClosed(cycleId, BusinessDay.today(clock)));
    }

    private EvaluationRules rulesOf(IndicatorVersions versions) {
        return versions.version(indicatorSystem, versionHash).orElseThrow(
                () -> new RuleViolation("indicator.version.notFound", versionHash)).system().evaluation();
    }

    private static List<String> batch(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new RuleViolation("cycle.batch.empty");
        }
        Set<String> seen = new HashSet<>();
        List<String> codes = new ArrayList<>();
        for (String code : given) {
            if (!CreditCode.isValid(code)) {
                throw new RuleViolation("creditCode.invalid", String.valueOf(code));
            }
            if (!seen.add(code)) {
                throw new RuleViolation("cycle.batch.duplicate", code);
            }
            codes.add(code);
        }
        return codes;
    }

    private void requirePhase(CyclePhase expected) {
        if (phase != expected) {
            throw new RuleViolation("cycle.phase.wrong", cycleId, "cyclePhase." + phase, "cyclePhase." + expected);
        }
    }

    private static LocalDate requireAfter(LocalDate deadline, Clock clock) {
        LocalDate today = BusinessDay.today(clock);
        if (!today.isAfter(deadline)) {
            throw new RuleViolation("deadline.notPassed", deadline);
        }
        return today;
    }

    @EventSourcingHandler
    void on(CycleOpened event) {
        cycleId = event.cycleId();
        phase = CyclePhase.DECLARATION;
        schedule = event.schedule();
        indicatorSystem = event.indicatorSystem();
        versionHash = event.versionHash();
        creditCodes.addAll(event.creditCodes());
    }

    @EventSourcingHandler
    void on(EnterpriseExcludedFromCycle event) {
        creditCodes.remove(event.creditCode());
    }

    @EventSourcingHandler
    void on(DeclarationPhaseClosed event) {
        phase = CyclePhase.VERIFICATION;
    }

    @EventSourcingHandler
    void on(VerificationPhaseClosed event) {
        phase = CyclePhase.DISCLOSURE;
        disclosureEnd = event.disclosureEnd();
    }

    @EventSourcingHandler
    void on(DisclosurePhaseClosed event) {
        phase = CyclePhase.REVIEW;
    }

    @EventSourcingHandler
    void on(FinalGradesPublished event) {
        phase = CyclePhase.PUBLISHED;
    }

    @EventSourcingHandler
    void on(CycleClosed event) {
        phase = CyclePhase.CLOSED;
    }
}
