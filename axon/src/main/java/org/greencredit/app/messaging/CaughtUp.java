package org.greencredit.app.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Waits until event processors have handled everything the store held when asked — and the work they handed on
 * ({@link PendingWork}) is done.
 */
public class CaughtUp {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final List<PendingWork> pendingWork;

    public CaughtUp(EventProcessingConfiguration processing, EventStore eventStore, List<PendingWork> pendingWork) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.pendingWork = List.copyOf(pendingWork);
    }

    /**
     * Returns once every event processor of the application has caught up with the store's head and no handed-on
     * work is left — asked again until the head stays put, since handed-on work stores new events.
     */
    public void awaitAll(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String[] all = processing.eventProcessors().keySet().toArray(String[]::new);
        TrackingToken head;
        do {
            head = eventStore.createHeadToken();
            await(deadline, timeout, head, all);
        } while (!Objects.equals(head, eventStore.createHeadToken()));
    }

    /**
     * Returns once every named processor's segments cover the store's current head and the work they handed on is
     * done; fails after the timeout.
     */
    public void await(Duration timeout, String... processors) {
        await(Instant.now().plus(timeout), timeout, eventStore.createHeadToken(), processors);
    }

    private void await(Instant deadline, Duration timeout, TrackingToken head, String... processors) {
        for (String name : processors) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                                                          .orElseThrow(() -> new IllegalArgumentException(
                                                                  "no processor " + name));
            until(() -> covers(processor.processingStatus(), head), deadline,
                  "processor " + name + " did not catch up within " + timeout);
        }
        List<String> named = Arrays.asList(processors);
        for (PendingWork work : pendingWork) {
            if (named.contains(work.processingGroup())) {
                until(work::idle, deadline, "the work handed on by " + work.processingGroup()
                                            + " was not done within " + timeout);
            }
        }
    }

    private static void until(BooleanSupplier condition, Instant deadline, String failure) {
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(failure);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting: " + failure, e);
            }
        }
    }

    private static boolean covers(Map<Integer, EventTrackerStatus> status, TrackingToken head) {
        return !status.isEmpty() && status.values().stream().allMatch(
                segment -> head == null || (segment.getTrackingToken() != null
                        && segment.getTrackingToken().covers(head)));
    }
}
