package org.greencredit.projections.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The read-model writes of one batch of events, held until the batch's last event is handled and then sent as one
 * ordered bulk write per collection — collections in the order they were opened ({@link BatchedCollection}), so a
 * projection that guards its work with one collection (a sequence, a head) opens that one last. A batch belongs to
 * one processor's unit of work, on one thread; {@link FlushWritesInterceptor} opens it and sends it.
 */
public final class BatchedWrites {

    private static final String RESOURCE = BatchedWrites.class.getName();

    private final Map<BatchedCollection, CollectionWrites> collections =
            new TreeMap<>(Comparator.comparingLong(BatchedCollection::rank));
    private final Map<String, Runnable> whenStored = new LinkedHashMap<>();

    /** The writes of the batch this unit of work handles, opened on first use. */
    static BatchedWrites of(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new BatchedWrites());
    }

    /** The writes of the batch being handled on this thread, if it is handled as a batch. */
    static Optional<BatchedWrites> current() {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.root().getResource(RESOURCE));
    }

    /**
     * Runs {@code action} once this batch's writes are in the store — once per key and batch, however many events
     * asked — or at once when events are not handled in batches. For what reads the store by anything but
     * {@code _id}, such as a query over a whole cycle.
     */
    public static void whenStored(String key, Runnable action) {
        current().ifPresentOrElse(writes -> writes.whenStored.putIfAbsent(key, action), action);
    }

    /**
     * Sends the writes every collection of this thread's batch holds so far, in the batch's order, before a read by
     * anything but {@code _id} that must see them; what the batch knows of each document stays known.
     */
    public static void sendHeldWrites() {
        current().ifPresent(writes -> writes.collections.values().forEach(CollectionWrites::flush));
    }

    CollectionWrites of(BatchedCollection collection) {
        return collections.computeIfAbsent(collection, CollectionWrites::new);
    }

    /** Sends every collection's writes, then runs what waited for them. */
    public void flush() {
        collections.values().forEach(CollectionWrites::flush);
        List<Runnable> waiting = new ArrayList<>(whenStored.values());
        whenStored.clear();
        waiting.forEach(Runnable::run);
    }
}
