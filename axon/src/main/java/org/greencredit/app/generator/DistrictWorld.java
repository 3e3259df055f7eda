package org.greencredit.app.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.greencredit.app.cycle.CycleFanOut;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.calendar.WorkingDays;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.cycle.CycleSchedule;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.CreditFileEntriesProjection;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.greencredit.projections.cycle.CycleProjection;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FindCycle;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationProjection;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.evaluation.FindDisclosureBoard;
import org.greencredit.projections.evaluation.FindPublishedGrades;

/**
 * The running application as the generator sees it: a simulated clock it moves forward, commands it sends as
 * people of the district, the deadline sweep it calls the day after a deadline, and the read models it reads,
 * each once its processor has caught up.
 */
final class DistrictWorld {

    private static final Duration WAIT = Duration.ofMinutes(10);

    private final DistrictWorlds parts;
    private final long seed;
    private long sent;

    DistrictWorld(DistrictWorlds parts, long seed) {
        this.parts = parts;
        this.seed = seed;
    }

    long seed() {
        return seed;
    }

    long commandsSent() {
        return sent;
    }

    LocalDate today() {
        return parts.clock().today();
    }

    /** Moves the simulated day forward; never back, so every decision is dated after the ones before it. */
    void moveTo(LocalDate day) {
        if (day.isAfter(parts.clock().today())) {
            parts.clock().moveTo(day);
        }
    }

    WorkingDays workingDays() {
        return parts.calendar().workingDays();
    }

    void send(Object command, Actor actor) {
        trySend(command, actor).ifPresent(refusal -> {
            throw new IllegalStateException("the generator's " + command.getClass().getSimpleName() + " was refused: "
                                                    + refusal.messageKey() + " " + refusal.arguments());
        });
    }

    /**
     * Plays the planned commands and the steps in day order on the simulated clock: a command dated on or before
     * the next step's day goes first. Reports every step with the time it took (a step that fans out over the
     * district includes the fan-out's), and every 2,000th command with how many are planned.
     */
    void play(Deque<PlannedCommand> pending, Deque<Step> steps, Consumer<String> progress) {
        long total = pending.size();
        long done = 0;
        LocalDate stepDay = null;
        while (!pending.isEmpty() || !steps.isEmpty()) {
            if (stepDay == null && !steps.isEmpty()) {
                stepDay = steps.peek().day().get();
            }
            if (!pending.isEmpty() && (stepDay == null || !pending.peek().day().isAfter(stepDay))) {
                PlannedCommand next = pending.poll();
                moveTo(next.day());
                send(next.command(), next.actor());
                if (++done % 2_000 == 0) {
                    progress.accept("recorded " + done + " of " + total + " facts (" + today() + ")");
                }
            } else {
                Step step = steps.poll();
                moveTo(stepDay);
                long started = System.nanoTime();
                GenerationStepEvent recorded = new GenerationStepEvent();
                recorded.step = step.name();
                recorded.begin();
                step.action().run();
                recorded.commit();
                progress.accept(String.format(Locale.ROOT, "%s (%s) in %.1f s", step.name(), stepDay,
                                              (System.nanoTime() - started) / 1e9));
                stepDay = null;
            }
        }
    }

    Optional<Refusal> trySend(Object command, Actor actor) {
        sent++;
        try {
            parts.commands().sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                              .andMetaData(actor.asMetaData()));
            return Optional.empty();
        } catch (CommandExecutionException failure) {
            Optional<Refusal> refusal = failure.getDetails().filter(Refusal.class::isInstance)
                                               .map(Refusal.class::cast);
            if (refusal.isEmpty()) {
                throw failure;
            }
            return refusal;
        }
    }

    void awaitAllCaughtUp() {
        parts.caughtUp().awaitAll(WAIT);
    }

    void awaitFanOut() {
        parts.caughtUp().await(WAIT, CycleFanOut.PROCESSING_GROUP);
    }

    void sweepDeadlines() {
        parts.caughtUp().await(WAIT, DeadlinesProjection.PROCESSING_GROUP);
        parts.sweeper().sweep();
        awaitFanOut();
    }

    CycleSchedule schedule(String cycleId) {
        parts.caughtUp().await(WAIT, CycleProjection.PROCESSING_GROUP);
        CycleSummary cycle = parts.queries().query(new FindCycle(cycleId), CycleSummary.class).join();
        return new CycleSchedule(cycle.openedOn(), cycle.declarationDeadline(), cycle.verificationDeadline(),
                                 cycle.disclosureStart(), cycle.disclosureEnd());
    }

    List<EvaluationSummary> disclosureBoard(String cycleId) {
        parts.caughtUp().await(WAIT, EvaluationProjection.PROCESSING_GROUP);
        return parts.queries().query(new FindDisclosureBoard(cycleId), EvaluationList.class).join().evaluations();
    }

    List<EvaluationSummary> publishedGrades(String cycleId) {
        parts.caughtUp().await(WAIT, EvaluationProjection.PROCESSING_GROUP);
        List<EvaluationSummary> all = new ArrayList<>();
        int page = 500;
        for (int offset = 0; ; offset += page) {
            List<EvaluationSummary> rows = parts.queries().query(new FindPublishedGrades(cycleId, offset, page),
                                                      EvaluationList.class).join().evaluations();
            all.addAll(rows);
            if (rows.size() < page) {
                return all;
            }
        }
    }

    List<CreditFileEntry> entries(String creditCode) {
        return entries(List.of(creditCode)).get(creditCode);
    }

    /**
     * The entries of each credit file, after one wait for the read model to catch up. A step that acts on many
     * enterprises one after the other reads them all first: what it sends for one changes no other's entries, and
     * a wait per enterprise costs a processor round trip each.
     */
    Map<String, List<CreditFileEntry>> entries(List<String> creditCodes) {
        parts.caughtUp().await(WAIT, CreditFileEntriesProjection.PROCESSING_GROUP);
        Map<String, List<CreditFileEntry>> entries = new LinkedHashMap<>();
        for (String code : creditCodes) {
            entries.put(code, parts.queries().query(new FindCreditFileEntries(code), CreditFileEntries.class).join()
                                     .entries());
        }
        return entries;
    }
}
