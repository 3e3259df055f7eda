package org.greencredit.app.cycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageHandlerTimeout;
import org.greencredit.app.messaging.SystemCommands;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.creditfile.api.CloseDeclaration;
import org.greencredit.domain.creditfile.api.CloseDisclosure;
import org.greencredit.domain.creditfile.api.GradeEvaluation;
import org.greencredit.domain.creditfile.api.OpenEvaluation;
import org.greencredit.domain.creditfile.api.PublishFinalGrade;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.DisclosurePhaseClosed;
import org.greencredit.domain.cycle.api.ExcludeFromCycle;
import org.greencredit.domain.cycle.api.FinalGradesPublished;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries each phase change of a cycle to the credit file of every enterprise it names, one command per
 * enterprise, after the cycle's own command has returned — so opening a batch of thousands answers at once and the
 * evaluations open in the background.
 *
 * <p>Safe to repeat: after a crash the processor hands the same event again, and a credit file already past the
 * step refuses it, which counts as done. An enterprise that cannot take part (not registered, left scope, still in
 * another cycle's declarations) is excluded from the cycle with the reason. Any other failure is thrown, so the
 * processor retries the event later.
 */
@ProcessingGroup(CycleFanOut.PROCESSING_GROUP)
public class CycleFanOut {

    public static final String PROCESSING_GROUP = "cycle-fan-out";

    private static final Logger log = LoggerFactory.getLogger(CycleFanOut.class);
    /** Refusals that mean the enterprise's evaluation is already past the step. */
    private static final Set<String> ALREADY_DONE = Set.of("evaluation.alreadyOpen", "evaluation.state.wrong",
                                                           "disclosure.alreadyClosed", "publication.alreadyAnnounced");

    /**
     * One event fans out to a whole batch, one command per enterprise: ten thousand enterprises on a busy machine
     * take minutes, far past Axon's default of 30 s per event handler, which would interrupt the fan-out midway.
     */
    static final int FAN_OUT_TIMEOUT_MS = 3_600_000;

    private final SystemCommands commands;

    public CycleFanOut(SystemCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    @MessageHandlerTimeout(timeoutMs = FAN_OUT_TIMEOUT_MS, warningThresholdMs = 120_000, warningIntervalMs = 60_000)
    void on(CycleOpened event) {
        for (String code : event.creditCodes()) {
            Optional<Refusal> refusal = commands.send(new OpenEvaluation(
                    code, event.cycleId(), event.periodFrom(), event.periodTo(), event.indicatorSystem(),
                    event.indicatorVersion(), event.versionHash(), event.schedule().declarationDeadline(),
                    event.schedule().verificationDeadline()));
            refusal.filter(r -> !ALREADY_DONE.contains(r.messageKey()))
                   .ifPresent(r -> commands.require(new ExcludeFromCycle(event.cycleId(), code, r.messageKey())));
        }
        log.info("Cycle {}: opened the evaluations of {} enterprises", event.cycleId(), event.creditCodes().size());
    }

    @EventHandler
    @MessageHandlerTimeout(timeoutMs = FAN_OUT_TIMEOUT_MS, warningThresholdMs = 120_000, warningIntervalMs = 60_000)
    void on(DeclarationPhaseClosed event) {
        fanOut(event.cycleId(), event.creditCodes(), code -> new CloseDeclaration(code, event.cycleId()));
    }

    @EventHandler
    @MessageHandlerTimeout(timeoutMs = FAN_OUT_TIMEOUT_MS, warningThresholdMs = 120_000, warningIntervalMs = 60_000)
    void on(VerificationPhaseClosed event) {
        fanOut(event.cycleId(), event.creditCodes(), code -> new GradeEvaluation(
                code, event.cycleId(), event.gradedAsOf(), event.disclosureStart(), event.disclosureEnd()));
    }

    @EventHandler
    @MessageHandlerTimeout(timeoutMs = FAN_OUT_TIMEOUT_MS, warningThresholdMs = 120_000, warningIntervalMs = 60_000)
    void on(DisclosurePhaseClosed event) {
        fanOut(event.cycleId(), event.creditCodes(), code -> new CloseDisclosure(code, event.cycleId()));
    }

    @EventHandler
    @MessageHandlerTimeout(timeoutMs = FAN_OUT_TIMEOUT_MS, warningThresholdMs = 120_000, warningIntervalMs = 60_000)
    void on(FinalGradesPublished event) {
        fanOut(event.cycleId(), event.creditCodes(), code -> new PublishFinalGrade(code, event.cycleId()));
    }

    private void fanOut(String cycleId, List<String> creditCodes, Function<String, Object> command) {
        for (String code : creditCodes) {
            commands.send(command.apply(code))
                    .filter(refusal -> !ALREADY_DONE.contains(refusal.messageKey()))
                    .ifPresent(refusal -> log.warn("Cycle {}: the file of {} refused {}: {} {}", cycleId, code,
                                                   command.apply(code).getClass().getSimpleName(),
                                                   refusal.messageKey(), refusal.arguments()));
        }
    }
}
