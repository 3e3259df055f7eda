package org.greencredit.domain.trial;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.greencredit.domain.actor.Role.ADMIN;
import static org.greencredit.domain.actor.Role.AUDITOR;
import static org.greencredit.domain.actor.Role.OFFICER;

import java.time.Clock;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.trial.api.RecordTrialRun;
import org.greencredit.domain.trial.api.TrialRunRecorded;

/**
 * 试评价记录: one trial run, recorded once. Its own stream, so recording trials never touches the catalog a
 * publication is decided in, and any number of people may run trials at once. The versions must be in the catalog
 * (a trial of a version that is not cannot be reproduced); the result itself is the application's to compute.
 */
@Revision("1")
public class TrialRun {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private String trialRunId;

    TrialRun() {
    }

    @CommandHandler
    TrialRun(RecordTrialRun command, Actor actor, Clock clock, IndicatorVersions versions) {
        actor.requireRole(ADMIN, OFFICER, AUDITOR);
        if (command.trialRunId() == null || command.trialRunId().isBlank()) {
            throw new RuleViolation("trial.id.required");
        }
        requireVersion(command.system(), command.version(), command.versionHash(), versions);
        if (command.baseline() == null) {
            throw new RuleViolation("trial.baseline.required");
        }
        if (command.baseline() == Baseline.VERSION) {
            requireVersion(command.system(), command.baselineVersion(), command.baselineHash(), versions);
        } else if (command.baselineHash() != null) {
            throw new RuleViolation("trial.baseline.inForceHasNoVersion");
        }
        if (command.population() == null || command.population().kind() == null) {
            throw new RuleViolation("trial.population.required");
        }
        TrialRules.requirePopulation(command.populationSize());
        TrialRules.requirePeriod(command.periodFrom(), command.periodTo(), command.asOf());
        if (!isHash(command.inputHash()) || !isHash(command.resultHash())) {
            throw new RuleViolation("trial.hash.invalid");
        }
        if (command.movedUp() < 0 || command.movedDown() < 0
                || command.movedUp() + command.movedDown() > command.populationSize()) {
            throw new RuleViolation("trial.movers.invalid", command.movedUp(), command.movedDown(),
                                    command.populationSize());
        }
        apply(new TrialRunRecorded(command.trialRunId(), command.system(), command.version(), command.versionHash(),
                                   command.baseline(), command.baselineVersion(), command.baselineHash(),
                                   command.population(), command.populationSize(), command.inputHash(),
                                   command.periodFrom(), command.periodTo(), command.asOf(), command.resultHash(),
                                   command.movedUp(), command.movedDown(), BusinessDay.today(clock)));
    }

    private static void requireVersion(String system, String version, String hash, IndicatorVersions versions) {
        boolean known = hash != null && versions.forTrial(system, hash)
                .filter(engine -> engine.system().version().equals(version)).isPresent();
        if (!known) {
            throw new RuleViolation("indicator.version.notFound", String.valueOf(version));
        }
    }

    private static boolean isHash(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    @EventSourcingHandler
    void on(TrialRunRecorded event) {
        trialRunId = event.trialRunId();
    }
}
