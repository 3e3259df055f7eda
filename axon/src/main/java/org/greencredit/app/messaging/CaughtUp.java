package org.greencredit.app.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Waits until event processors have handled everything the store held when asked. */
public class CaughtUp {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public CaughtUp(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Returns once every event processor of the application has caught up with the store's current head. */
    public void awaitAll(Duration timeout) {
        await(timeout, processing.eventProcessors().keySet().toArray(String[]::new));
    }

    /** Returns once every named processor's segments cover the store's current head; fails after the timeout. */
    public void await(Duration timeout, String... processors) {
        TrackingToken head = eventStore.createHeadToken();
        Instant deadline = Instant.now().plus(timeout);
        for (String name : processors) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                                                          .orElseThrow(() -> new IllegalArgumentException(
                                                                  "no processor " + name));
            while (!covers(processor.processingStatus(), head)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("processor " + name + " did not catch up within " + timeout);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + name, e);
                }
            }
        }
    }

    private static boolean covers(Map<Integer, EventTrackerStatus> status, TrackingToken head) {
        return !status.isEmpty() && status.values().stream().allMatch(
                segment -> head == null || (segment.getTrackingToken() != null
                        && segment.getTrackingToken().covers(head)));
    }
}
