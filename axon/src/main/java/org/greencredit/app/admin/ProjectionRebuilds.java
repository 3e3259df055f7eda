package org.greencredit.app.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 重建读模型: rebuilds one or every projection from the event store — stop its processor, reset its tokens (its
 * {@code @ResetHandler} empties the collection), start it — and reports each projection's progress while it
 * replays. Processors that act rather than project (the cycle fan-out) are not projections and are never reset.
 *
 * <p>On several instances the reset needs every segment: stop the processor on the other instances first (Axon
 * Server's dashboard does this per processor), or the reset is refused.
 */
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Set<String> notProjections;

    public ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore,
                              Set<String> notProjections) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.notProjections = Set.copyOf(notProjections);
    }

    /** The projections that can be rebuilt, by name. */
    public List<String> projections() {
        Set<String> names = new TreeSet<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()
                    && !notProjections.contains(name)) {
                names.add(name);
            }
        });
        return List.copyOf(names);
    }

    /** Starts rebuilding one projection; its progress shows how far the replay has come. */
    public void rebuild(String projection, Actor actor) {
        actor.requireRole(Role.ADMIN);
        log.info("{} ({}) rebuilds projection {}", actor.id(), actor.role(), projection);
        replay(projection);
    }

    /**
     * Stops the projection's processor, resets its tokens and starts it again, replaying the whole store. The reset
     * names the tail of the store: processors start from a {@code null} token, and a segment that never stored a
     * token would otherwise be reset to {@code null}, which the token store refuses. An empty store has nothing to
     * replay.
     */
    void replay(String projection) {
        StreamingEventProcessor processor = processor(projection);
        try {
            ((EventProcessor) processor).shutdownAsync().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping " + projection, e);
        } catch (Exception e) {
            throw new IllegalStateException("could not stop " + projection, e);
        }
        TrackingToken tail = eventStore.createTailToken();
        if (tail != null) {
            processor.resetTokens(tail);
        }
        ((EventProcessor) processor).start();
    }

    /** Starts rebuilding every projection. */
    public void rebuildAll(Actor actor) {
        actor.requireRole(Role.ADMIN);
        projections().forEach(projection -> rebuild(projection, actor));
    }

    public ProjectionProgress progress(String projection) {
        StreamingEventProcessor processor = processor(projection);
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        long head = position(eventStore.createHeadToken());
        long position = status.values().stream()
                              .mapToLong(segment -> segment.getCurrentPosition().orElse(0L))
                              .min().orElse(0L);
        String error = status.values().stream().filter(EventTrackerStatus::isErrorState)
                             .map(segment -> String.valueOf(segment.getError())).findFirst().orElse(null);
        boolean caughtUp = !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp)
                && !processor.isReplaying();
        return new ProjectionProgress(projection, ((EventProcessor) processor).isRunning(), processor.isReplaying(),
                                      caughtUp, position, head, error);
    }

    public List<ProjectionProgress> progress() {
        return projections().stream().map(this::progress).toList();
    }

    /** Waits until the projection has replayed up to the head of the store as it was when asked. */
    public void awaitRebuilt(String projection, Duration timeout) {
        long head = position(eventStore.createHeadToken());
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            ProjectionProgress progress = progress(projection);
            if (!progress.replaying() && progress.caughtUp() && progress.position() >= head) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("projection " + projection + " not rebuilt after " + timeout + ": "
                                                        + progress);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + projection, e);
            }
        }
    }

    private StreamingEventProcessor processor(String projection) {
        if (!projections().contains(projection)) {
            throw new RuleViolation("projection.unknown", String.valueOf(projection));
        }
        return processing.eventProcessor(projection, StreamingEventProcessor.class).orElseThrow();
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0L);
    }
}
