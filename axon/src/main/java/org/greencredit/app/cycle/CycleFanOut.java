package org.greencredit.app.cycle;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.DisclosurePhaseClosed;
import org.greencredit.domain.cycle.api.FinalGradesPublished;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;

/**
 * Records each phase change of a cycle as a fan-out for {@link FanOutWorker}, which carries it to the credit file of
 * every enterprise of the batch in batches of their own units of work — so the cycle's command answers at once, the
 * processor's token moves on at once, and the work is visible and resumable. Recording is idempotent (keyed by the
 * event's identifier), so the event handed again after a crash records nothing new.
 */
@ProcessingGroup(CycleFanOut.PROCESSING_GROUP)
public class CycleFanOut {

    public static final String PROCESSING_GROUP = "cycle-fan-out";

    private final FanOutWorker worker;

    public CycleFanOut(FanOutWorker worker) {
        this.worker = worker;
    }

    @EventHandler
    void on(CycleOpened event, @MessageIdentifier String eventId, TrackingToken token) {
        worker.enqueue(eventId, position(token), event);
    }

    @EventHandler
    void on(DeclarationPhaseClosed event, @MessageIdentifier String eventId, TrackingToken token) {
        worker.enqueue(eventId, position(token), event);
    }

    @EventHandler
    void on(VerificationPhaseClosed event, @MessageIdentifier String eventId, TrackingToken token) {
        worker.enqueue(eventId, position(token), event);
    }

    @EventHandler
    void on(DisclosurePhaseClosed event, @MessageIdentifier String eventId, TrackingToken token) {
        worker.enqueue(eventId, position(token), event);
    }

    @EventHandler
    void on(FinalGradesPublished event, @MessageIdentifier String eventId, TrackingToken token) {
        worker.enqueue(eventId, position(token), event);
    }

    /** Where the event stands in the store: fan-outs run in this order. */
    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("an event without a position: " + token));
    }
}
