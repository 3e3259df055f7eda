package org.greencredit.app.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.EnterpriseCreditFile;
import org.greencredit.domain.creditfile.RecordedDecision;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;

/**
 * 决定核验: checks every grade decision in the event store against the events before it, independently of any read
 * model. For each credit file it replays the file's events through the credit file's own event handlers; at each
 * decision it takes the facts that counted at that point, scores them again with the recorded version (found by
 * its hash, whose content must still hash to it) on the recorded period and date, and compares the result with
 * what was stored, byte for byte. A FINAL decision publishes the decision it is based on and must equal it.
 */
public class DecisionVerifier {

    private static final String CREDIT_FILE = EnterpriseCreditFile.class.getSimpleName();
    private static final int DIFFERENCES_SHOWN = 20;

    private final EventStore eventStore;
    private final IndicatorVersions versions;
    private final Supplier<AggregateModel<EnterpriseCreditFile>> model;

    /** {@code handlers} are Axon's, so the credit file's handlers resolve their parameters as in the application. */
    public DecisionVerifier(EventStore eventStore, IndicatorVersions versions, Configuration handlers) {
        this.eventStore = eventStore;
        this.versions = versions;
        this.model = memoised(() -> AnnotatedAggregateMetaModelFactory.inspectAggregate(
                EnterpriseCreditFile.class, handlers.parameterResolverFactory(),
                handlers.handlerDefinition(EnterpriseCreditFile.class)));
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            synchronized (value) {
                if (value[0] == null) {
                    value[0] = supplier.get();
                }
                @SuppressWarnings("unchecked") T result = (T) value[0];
                return result;
            }
        };
    }

    /** Every decision of every credit file, in one pass over the store. */
    public VerificationReport verifyAll() {
        return verifyAll(VerificationProgress.NONE);
    }

    /**
     * Every decision of every credit file, telling {@code progress} each time a credit file is done. A first pass
     * reads only the events' envelopes (no payload is deserialised) to learn how many credit files there are and
     * where each one's last event is; the checking pass then knows when a file is complete.
     */
    public VerificationReport verifyAll(VerificationProgress progress) {
        long started = System.nanoTime();
        Map<String, Long> lastPositions = lastPositionOfEachCreditFile();
        long total = lastPositions.size();
        progress.creditFilesDone(0, total);
        Map<String, EnterpriseCreditFile> files = new HashMap<>();
        Tally tally = new Tally();
        long done = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> next = stream.nextAvailable();
                if (next instanceof DomainEventMessage<?> message && CREDIT_FILE.equals(message.getType())) {
                    replay(files.computeIfAbsent(message.getAggregateIdentifier(), id -> new EnterpriseCreditFile()),
                           message, tally);
                    if (Long.valueOf(position(next)).equals(lastPositions.get(message.getAggregateIdentifier()))) {
                        progress.creditFilesDone(++done, total);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event store", e);
        }
        return tally.report(files.size(), started);
    }

    private Map<String, Long> lastPositionOfEachCreditFile() {
        Map<String, Long> lastPositions = new HashMap<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> next = stream.nextAvailable();
                if (next instanceof DomainEventMessage<?> message && CREDIT_FILE.equals(message.getType())) {
                    lastPositions.put(message.getAggregateIdentifier(), position(next));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event store", e);
        }
        return lastPositions;
    }

    private static long position(TrackedEventMessage<?> message) {
        return message.trackingToken().position().orElse(-1L);
    }

    /** Every decision of one credit file. */
    public VerificationReport verify(String creditCode) {
        long started = System.nanoTime();
        EnterpriseCreditFile file = new EnterpriseCreditFile();
        Tally tally = new Tally();
        WholeStream.of(eventStore, creditCode).asStream().forEach(message -> replay(file, message, tally));
        return tally.report(1, started);
    }

    private void replay(EnterpriseCreditFile file, DomainEventMessage<?> message, Tally tally) {
        if (message.getPayload() instanceof GradeDecided decided) {
            List<String> differences = check(file, decided);
            tally.decisions++;
            if (differences.isEmpty()) {
                tally.matched++;
            } else {
                tally.mismatches.add(new DecisionMismatch(decided.creditCode(), message.getSequenceNumber(),
                                                          decided.decisionId(), decided.kind().name(),
                                                          decided.decidedOn(), differences));
            }
        }
        model.get().publish(message, file);
    }

    /** The differences between the stored decision and the one the events before it give; empty when equal. */
    private List<String> check(EnterpriseCreditFile file, GradeDecided decided) {
        GradeDecision stored = decided.decision();
        GradeDecision expected;
        if (decided.kind() == DecisionKind.FINAL) {
            Optional<RecordedDecision> basis = file.decisions().stream()
                                                   .filter(d -> d.decisionId().equals(decided.basedOn())).findFirst();
            if (basis.isEmpty()) {
                return List.of("basedOn: no earlier decision " + decided.basedOn() + " in the credit file");
            }
            expected = basis.get().decision();
        } else {
            Optional<ScoringEngine> engine = versions.version(stored.system(), stored.versionHash());
            if (engine.isEmpty()) {
                return List.of("versionHash: no version of " + stored.system() + " with hash " + stored.versionHash());
            }
            if (!engine.get().versionHash().equals(stored.versionHash())) {
                return List.of("versionHash: the stored version's content hashes to " + engine.get().versionHash());
            }
            expected = engine.get().score(file.resolvedFacts(), stored.periodFrom(), stored.periodTo(),
                                          stored.asOf());
        }
        String storedJson = stored.canonicalJson();
        String expectedJson = expected.canonicalJson();
        return storedJson.equals(expectedJson)
                ? List.of() : JsonDifferences.between(storedJson, expectedJson, DIFFERENCES_SHOWN);
    }

    private static final class Tally {
        private long decisions;
        private long matched;
        private final List<DecisionMismatch> mismatches = new ArrayList<>();

        VerificationReport report(long creditFiles, long startedNanos) {
            return new VerificationReport(creditFiles, decisions, matched, mismatches,
                                          Duration.ofNanos(System.nanoTime() - startedNanos));
        }
    }
}
