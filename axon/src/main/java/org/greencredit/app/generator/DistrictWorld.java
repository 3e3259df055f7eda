package org.greencredit.app.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.clock.SimulatedClock;
import org.greencredit.app.cycle.CycleFanOut;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.calendar.WorkingDays;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.cycle.CycleSchedule;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.CreditFileEntriesProjection;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.greencredit.projections.cycle.CycleProjection;
import org.greencredit.projections.cycle.CycleView;
import org.greencredit.projections.cycle.FindCycle;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationProjection;
import org.greencredit.projections.evaluation.EvaluationView;
import org.greencredit.projections.evaluation.FindDisclosureBoard;
import org.greencredit.projections.evaluation.FindPublishedGrades;

/**
 * The running application as the generator sees it: a simulated clock it moves forward, commands it sends as
 * people of the district, the deadline sweep it calls the day after a deadline, and the read models it reads,
 * each once its processor has caught up.
 */
final class DistrictWorld {

    private static final Duration WAIT = Duration.ofMinutes(10);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SimulatedClock clock;
    private final DeadlineSweeper sweeper;
    private final CaughtUp caughtUp;
    private final CalendarSource calendar;
    private final long seed;
    private long sent;

    DistrictWorld(CommandGateway commands, QueryGateway queries, SimulatedClock clock, DeadlineSweeper sweeper,
                  CaughtUp caughtUp, CalendarSource calendar, long seed) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.sweeper = sweeper;
        this.caughtUp = caughtUp;
        this.calendar = calendar;
        this.seed = seed;
    }

    long seed() {
        return seed;
    }

    long commandsSent() {
        return sent;
    }

    LocalDate today() {
        return clock.today();
    }

    /** Moves the simulated day forward; never back, so every decision is dated after the ones before it. */
    void moveTo(LocalDate day) {
        if (day.isAfter(clock.today())) {
            clock.moveTo(day);
        }
    }

    WorkingDays workingDays() {
        return calendar.workingDays();
    }

    void send(Object command, Actor actor) {
        trySend(command, actor).ifPresent(refusal -> {
            throw new IllegalStateException("the generator's " + command.getClass().getSimpleName() + " was refused: "
                                                    + refusal.messageKey() + " " + refusal.arguments());
        });
    }

    Optional<Refusal> trySend(Object command, Actor actor) {
        sent++;
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData()));
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
        caughtUp.awaitAll(WAIT);
    }

    void awaitFanOut() {
        caughtUp.await(WAIT, CycleFanOut.PROCESSING_GROUP);
    }

    void sweepDeadlines() {
        caughtUp.await(WAIT, DeadlinesProjection.PROCESSING_GROUP);
        sweeper.sweep();
        awaitFanOut();
    }

    CycleSchedule schedule(String cycleId) {
        caughtUp.await(WAIT, CycleProjection.PROCESSING_GROUP);
        CycleView cycle = queries.query(new FindCycle(cycleId), CycleView.class).join();
        return new CycleSchedule(cycle.openedOn(), cycle.declarationDeadline(), cycle.verificationDeadline(),
                                 cycle.disclosureStart(), cycle.disclosureEnd());
    }

    List<EvaluationView> disclosureBoard(String cycleId) {
        caughtUp.await(WAIT, EvaluationProjection.PROCESSING_GROUP);
        return queries.query(new FindDisclosureBoard(cycleId), EvaluationList.class).join().evaluations();
    }

    List<EvaluationView> publishedGrades(String cycleId) {
        caughtUp.await(WAIT, EvaluationProjection.PROCESSING_GROUP);
        List<EvaluationView> all = new ArrayList<>();
        int page = 500;
        for (int offset = 0; ; offset += page) {
            List<EvaluationView> rows = queries.query(new FindPublishedGrades(cycleId, offset, page),
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
        caughtUp.await(WAIT, CreditFileEntriesProjection.PROCESSING_GROUP);
        Map<String, List<CreditFileEntry>> entries = new LinkedHashMap<>();
        for (String code : creditCodes) {
            entries.put(code, queries.query(new FindCreditFileEntries(code), CreditFileEntries.class).join()
                                     .entries());
        }
        return entries;
    }
}
