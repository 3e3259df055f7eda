package org.greencredit.app.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.RowResult;

/**
 * Sends the commands of an import's rows, several enterprises at a time but each enterprise's rows in file order
 * (a penalty paid names the violation a row above it recorded), with a bounded number in flight so memory stays
 * flat however large the file. Every row ends in exactly one {@link RowResult}.
 */
final class RowDispatcher {

    private static final List<String> CONFLICT_KEYS = List.of("import.conflict", "import.sourceRecord.otherEnterprise");

    private final CommandGateway commandGateway;
    private final ExecutorService workers;
    private final Map<String, Object> actorMetaData;
    private final Consumer<RowResult> results;
    private final Semaphore inFlight;
    private final Map<String, CompletableFuture<Void>> lastOfEnterprise = new HashMap<>();

    RowDispatcher(CommandGateway commandGateway, ExecutorService workers, int maxInFlight, Actor actor,
                  Consumer<RowResult> results) {
        this.commandGateway = commandGateway;
        this.workers = workers;
        this.actorMetaData = actor.asMetaData();
        this.results = results;
        this.inFlight = new Semaphore(maxInFlight);
    }

    void dispatch(RowVerdict verdict) {
        if (!verdict.send()) {
            results.accept(verdict.result());
            return;
        }
        inFlight.acquireUninterruptibly();
        MappedRow row = verdict.row();
        Runnable send = () -> {
            try {
                results.accept(send(row));
            } finally {
                inFlight.release();
            }
        };
        CompletableFuture<Void> previous = lastOfEnterprise.get(row.creditCode());
        lastOfEnterprise.put(row.creditCode(), previous == null || previous.isDone()
                ? CompletableFuture.runAsync(send, workers) : previous.thenRunAsync(send, workers));
        if (lastOfEnterprise.size() > 10_000) {
            lastOfEnterprise.values().removeIf(CompletableFuture::isDone);
        }
    }

    /** Waits until every dispatched row has ended. */
    void awaitAll() {
        CompletableFuture.allOf(lastOfEnterprise.values().toArray(CompletableFuture[]::new)).join();
        lastOfEnterprise.clear();
    }

    private RowResult send(MappedRow row) {
        try {
            Object outcome = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(row.command())
                                                                             .andMetaData(actorMetaData));
            RowOutcome ended = outcome instanceof RowOutcome known ? known : RowOutcome.RECORDED;
            return result(row, ended, List.of());
        } catch (CommandExecutionException refused) {
            Refusal refusal = refused.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                                     .orElseGet(() -> refusalOf(refused));
            return refusal(row, refusal);
        } catch (RuleViolation violation) {
            return refusal(row, violation.refusal());
        } catch (AggregateStreamCreationException | ConcurrencyException | EventStoreException race) {
            return result(row, RowOutcome.CONFLICT, List.of(RowProblems.of("sourceRecordId", "import.row.race")));
        }
    }

    private static Refusal refusalOf(CommandExecutionException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof RuleViolation violation) {
            return violation.refusal();
        }
        return new Refusal("command.failed", List.of());
    }

    private static RowResult refusal(MappedRow row, Refusal refusal) {
        if (refusal.messageKey().equals("import.conflict")) {
            List<RowProblem> columns = new ArrayList<>();
            Arrays.stream(refusal.arguments().get(0).split(","))
                  .forEach(column -> columns.add(RowProblems.of(column, "import.conflict.column",
                                                                ImportLayouts.headerKey(column))));
            return result(row, RowOutcome.CONFLICT, columns);
        }
        RowOutcome outcome = CONFLICT_KEYS.contains(refusal.messageKey()) ? RowOutcome.CONFLICT : RowOutcome.REFUSED;
        return result(row, outcome, List.of(RowProblems.of(refusal, "creditCode")));
    }

    private static RowResult result(MappedRow row, RowOutcome outcome, List<RowProblem> problems) {
        return new RowResult(row.rowNumber(), row.sourceRecordId(), outcome, row.recordId(), problems);
    }
}
