package org.greencredit.app.storage;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Every event of one stream, from sequence 0, for code that folds a stream itself. {@link EventStore#readEvents(String)}
 * starts at the latest snapshot when there is one (a credit file is snapshotted every
 * {@code greencredit.snapshots.credit-file-every} events), and a reader that is not the aggregate's own repository
 * cannot apply a snapshot: it would silently fold a truncated history. Reading from sequence 0 never returns a
 * snapshot, on the embedded store and on Axon Server alike.
 */
public final class WholeStream {

    private WholeStream() {
    }

    public static DomainEventStream of(EventStore eventStore, String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L);
    }
}
