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

/**
 * Checks that a projection converges after a crash between any two writes of any handler: for every event of a
 * history and every write its handler makes after the first, a fresh database receives the events before it, then
 * the event with the store failing from that write on, then — as a pooled streaming processor does after a crash,
 * its token not having moved — that event and all later ones again. Every collection must end exactly as after a
 * run without a crash.
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
