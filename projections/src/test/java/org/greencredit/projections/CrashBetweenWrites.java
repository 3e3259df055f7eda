package org.greencredit.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.greencredit.projections.support.EnterpriseLookup;

/**
 * Checks that a projection converges after a crash between any two writes of any handler: for every event of a
 * history and every write its handler makes after the first, a fresh database receives the events before it, then
 * the event with the store failing from that write on, then — as a pooled streaming processor does after a crash,
 * its token not having moved — that event and all later ones again. Every collection must end exactly as after a
 * run without a crash.
 *
 * <p>And the same for the history handled in batches, as the processors handle it
 * ({@link #assertConvergesInBatches}): batches leave the collections exactly as one event at a time does — so
 * every read a handler makes of what an earlier event of its batch wrote sees that write — and a crash before any
 * of a batch's writes, then that batch and every later one again, converges too.
 */
public final class CrashBetweenWrites {

    private final InMemoryMongo mongo;
    private final Function<MongoDatabase, Object> projection;
    private int databases;

    public CrashBetweenWrites(InMemoryMongo mongo, Function<MongoDatabase, Object> projection) {
        this.mongo = mongo;
        this.projection = projection;
    }

    /** Returns how many crash points were tried, so a test can show it tried some. */
    public int assertConverges(List<EventMessage<?>> history) {
        CrashingWrites crashes = new CrashingWrites();
        MongoDatabase reference = crashes.wrap(freshDatabase());
        ProjectionHarness clean = new ProjectionHarness(projection.apply(reference));
        List<Integer> writesPerEvent = new ArrayList<>();
        for (EventMessage<?> message : history) {
            crashes.countFromHere();
            clean.redeliver(message);
            writesPerEvent.add(crashes.writes());
        }
        TreeMap<String, List<String>> expected = contents(reference);

        int tried = 0;
        for (int event = 0; event < history.size(); event++) {
            for (int write = 2; write <= writesPerEvent.get(event); write++) {
                assertThat(afterCrash(history, event, write))
                        .as("crash before write %d of event %d (%s)", write, event,
                            history.get(event).getPayloadType().getSimpleName())
                        .isEqualTo(expected);
                tried++;
            }
        }
        return tried;
    }

    /**
     * A projection that reaches an enterprise's documents through the companion writes a new document and its
     * companion entry, so there are points between writes to crash at; through the index each event is one write.
     */
    public static void assertCrashPointsFit(int tried, EnterpriseLookup lookup) {
        if (lookup == EnterpriseLookup.COMPANION) {
            assertThat(tried).isPositive();
        } else {
            assertThat(tried).as("found by an index, each event is one write: nothing to crash between").isZero();
        }
    }

    /** Returns how many crash points were tried. */
    public int assertConvergesInBatches(List<EventMessage<?>> history, int batchSize) {
        MongoDatabase oneByOneStore = freshDatabase();
        ProjectionHarness oneByOne = new ProjectionHarness(projection.apply(oneByOneStore));
        history.forEach(oneByOne::redeliver);
        TreeMap<String, List<String>> expected = contents(oneByOneStore);

        List<List<EventMessage<?>>> batches = new ArrayList<>();
        for (int from = 0; from < history.size(); from += batchSize) {
            batches.add(history.subList(from, Math.min(from + batchSize, history.size())));
        }
        CrashingWrites crashes = new CrashingWrites();
        MongoDatabase batchedStore = freshDatabase();
        ProjectionHarness batched = new ProjectionHarness(projection.apply(crashes.wrap(batchedStore)));
        List<Integer> writesPerBatch = new ArrayList<>();
        for (List<EventMessage<?>> batch : batches) {
            crashes.countFromHere();
            batched.deliverInOneBatch(batch);
            writesPerBatch.add(crashes.writes());
        }
        assertThat(contents(batchedStore)).as("in batches of %d", batchSize).isEqualTo(expected);

        int tried = 0;
        for (int batch = 0; batch < batches.size(); batch++) {
            for (int write = 1; write <= writesPerBatch.get(batch); write++) {
                assertThat(afterCrashInBatch(batches, batch, write))
                        .as("batches of %d, crash before write %d of batch %d", batchSize, write, batch)
                        .isEqualTo(expected);
                tried++;
            }
        }
        return tried;
    }

    private TreeMap<String, List<String>> afterCrashInBatch(List<List<EventMessage<?>>> batches, int batch,
                                                            int write) {
        CrashingWrites crashes = new CrashingWrites();
        MongoDatabase database = freshDatabase();
        ProjectionHarness harness = new ProjectionHarness(projection.apply(crashes.wrap(database)));
        batches.subList(0, batch).forEach(harness::deliverInOneBatch);
        crashes.crashAtWrite(write);
        assertThatThrownBy(() -> harness.deliverInOneBatch(batches.get(batch)))
                .hasRootCauseInstanceOf(CrashingWrites.SimulatedCrash.class);
        crashes.disarm();
        batches.subList(batch, batches.size()).forEach(harness::deliverInOneBatch);
        return contents(database);
    }

    private TreeMap<String, List<String>> afterCrash(List<EventMessage<?>> history, int event,
                                                     int write) {
        CrashingWrites crashes = new CrashingWrites();
        MongoDatabase database = freshDatabase();
        ProjectionHarness harness = new ProjectionHarness(projection.apply(crashes.wrap(database)));
        history.subList(0, event).forEach(harness::redeliver);
        crashes.crashAtWrite(write);
        assertThatThrownBy(() -> harness.redeliver(history.get(event)))
                .hasRootCauseInstanceOf(CrashingWrites.SimulatedCrash.class);
        crashes.disarm();
        history.subList(event, history.size()).forEach(harness::redeliver);
        return contents(database);
    }

    private MongoDatabase freshDatabase() {
        return mongo.database("crash-" + databases++);
    }

    private static TreeMap<String, List<String>> contents(MongoDatabase database) {
        TreeMap<String, List<String>> contents = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            List<String> documents = new ArrayList<>();
            database.getCollection(name).find().sort(Sorts.ascending("_id"))
                    .forEach((Document document) -> documents.add(document.toJson()));
            contents.put(name, documents);
        }
        return contents;
    }
}
