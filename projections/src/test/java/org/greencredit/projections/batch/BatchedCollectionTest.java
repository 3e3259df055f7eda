package org.greencredit.projections.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.BsonValue;
import org.bson.Document;
import org.greencredit.projections.InMemoryMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BatchedCollectionTest {

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    /** Each write that reached the store: the collection, and for a bulk write its operations. */
    private final List<String> sent = new ArrayList<>();
    private MongoDatabase database;

    @BeforeEach
    void recordWrites() {
        database = recording(MongoDatabase.class, mongo.database(), null);
    }

    @Test
    void aBatchsWritesReachTheStoreTogetherAfterItsLastEvent() {
        BatchedCollection rows = new BatchedCollection(database, "rows");
        List<Long> storedDuringTheBatch = new ArrayList<>();

        inOneBatch(() -> rows.replace(new Document("_id", "a").append("n", 1)),
                   () -> rows.replace(new Document("_id", "b").append("n", 2)),
                   () -> storedDuringTheBatch.add(rows.stored().countDocuments()));

        assertThat(storedDuringTheBatch).containsExactly(0L);
        assertThat(rows.stored().countDocuments()).isEqualTo(2);
        assertThat(sent).containsExactly("rows: replace a, replace b");
    }

    @Test
    void aHandlerReadsWhatEarlierEventsOfItsBatchWrote() {
        BatchedCollection rows = new BatchedCollection(database, "rows");
        rows.stored().insertOne(new Document("_id", "stored").append("state", "OPEN").append("items", List.of("x")));
        List<Object> seen = new ArrayList<>();

        inOneBatch(() -> rows.replace(new Document("_id", "new").append("state", "DRAFT")),
                   () -> rows.update("stored", Change.addToSet("items", "y")),
                   () -> rows.update("new", Change.set("state", "OPEN")),
                   () -> rows.upsert("upserted", Change.addToSet("items", "z")),
                   () -> rows.update("absent", Change.set("state", "OPEN")),
                   () -> seen.add(rows.find("new").toJson()),
                   () -> seen.add(rows.find("stored").toJson()),
                   () -> seen.add(rows.findAll(List.of("upserted", "absent", "new", "stored")).stream()
                                      .map(document -> document.getString("_id")).toList()),
                   () -> seen.add(rows.find("absent")));

        assertThat(seen).containsExactly("{\"_id\": \"new\", \"state\": \"OPEN\"}",
                                         "{\"_id\": \"stored\", \"state\": \"OPEN\", \"items\": [\"x\", \"y\"]}",
                                         List.of("upserted", "new", "stored"), null);
        assertThat(rows.stored().find(Filters.eq("_id", "stored")).first().toJson()).isEqualTo(seen.get(1));
        assertThat(rows.stored().countDocuments()).isEqualTo(3);
    }

    @Test
    void aDocumentChangedByManyEventsIsWrittenOnceWhole_OneNeverReadIsSentItsChanges() {
        BatchedCollection rows = new BatchedCollection(database, "rows");
        rows.stored().insertOne(new Document("_id", "read").append("n", 0));
        rows.stored().insertOne(new Document("_id", "unread").append("n", 0));
        sent.clear();

        inOneBatch(() -> rows.replace(new Document("_id", "new").append("n", 1)),
                   () -> rows.update("new", Change.set("n", 2)),
                   () -> rows.update("new", Change.set("m", 3)),
                   () -> rows.update("read", Change.set("n", 1)),
                   () -> rows.find("read"),
                   () -> rows.update("read", Change.set("n", 2)),
                   () -> rows.update("unread", Change.set("n", 1)),
                   () -> rows.update("unread", Change.set("n", 2)));

        assertThat(sent).containsExactly("rows: replace new, replace read, update unread, update unread");
        assertThat(rows.stored().find(Filters.eq("_id", "new")).first().toJson())
                .isEqualTo("{\"_id\": \"new\", \"n\": 2, \"m\": 3}");
        assertThat(rows.stored().find(Filters.eq("_id", "unread")).first().getInteger("n")).isEqualTo(2);
    }

    @Test
    void collectionsAreWrittenInTheOrderTheyWereOpened() {
        BatchedCollection first = new BatchedCollection(database, "first");
        BatchedCollection second = new BatchedCollection(database, "second");

        inOneBatch(() -> second.replace(new Document("_id", "s")), () -> first.replace(new Document("_id", "f")));

        assertThat(sent).containsExactly("first: replace f", "second: replace s");
    }

    @Test
    void aDeleteByFilterFollowsTheWritesHeldSoFar_AndLaterReadsFindWhatItLeft() {
        BatchedCollection entries = new BatchedCollection(database, "entries");
        List<Object> seen = new ArrayList<>();

        inOneBatch(() -> entries.replace(new Document("_id", "p/a").append("period", "p").append("draw", 1)),
                   () -> entries.replace(new Document("_id", "p/b").append("period", "p").append("draw", 2)),
                   () -> entries.deleteWhere(Filters.and(Filters.eq("period", "p"), Filters.ne("draw", 2))),
                   () -> seen.add(entries.find("p/a")),
                   () -> seen.add(entries.find("p/b").getInteger("draw")),
                   () -> entries.update("p/b", Change.set("done", true)));

        assertThat(seen).containsExactly(null, 2);
        assertThat(sent).containsExactly("entries: replace p/a, replace p/b", "entries: deleteMany",
                                         "entries: replace p/b");
        assertThat(entries.stored().find().first().getBoolean("done")).isTrue();
    }

    @Test
    void anEventThatFailsSendsNothingOfItsBatch() {
        BatchedCollection rows = new BatchedCollection(database, "rows");

        assertThatThrownBy(() -> inOneBatch(() -> rows.replace(new Document("_id", "a")), () -> {
            throw new IllegalStateException("handler failed");
        })).hasRootCauseMessage("handler failed");

        assertThat(rows.stored().countDocuments()).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    void outsideABatchEveryWriteGoesToTheStoreAtOnce() {
        BatchedCollection rows = new BatchedCollection(database, "rows");

        rows.replace(new Document("_id", "a").append("n", 1));
        rows.update("a", Change.set("n", 2));
        rows.upsert("b", Change.addToSet("ids", "x"));

        assertThat(rows.find("a").getInteger("n")).isEqualTo(2);
        assertThat(rows.findAll(List.of("b", "c", "a"))).extracting(document -> document.getString("_id"))
                                                          .containsExactly("b", "a");
        assertThat(sent).containsExactly("rows: replaceOne", "rows: updateOne", "rows: updateOne");
    }

    @Test
    void whatWaitsForTheStoreRunsOnceAfterTheBatchIsWritten_OrAtOnceOutsideABatch() {
        BatchedCollection rows = new BatchedCollection(database, "rows");
        List<Long> countedWhenRun = new ArrayList<>();
        Runnable count = () -> countedWhenRun.add(rows.stored().countDocuments());

        inOneBatch(() -> rows.replace(new Document("_id", "a")), () -> BatchedWrites.whenStored("count", count),
                   () -> rows.replace(new Document("_id", "b")), () -> BatchedWrites.whenStored("count", count));
        BatchedWrites.whenStored("count", count);

        assertThat(countedWhenRun).containsExactly(2L, 2L);
    }

    /** The actions as the events of one batch of a pooled streaming processor, one action per event. */
    private static void inOneBatch(Runnable... actions) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (Runnable action : actions) {
            events.add(GenericEventMessage.asEventMessage(action));
        }
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        ResultMessage<?> result = batch.executeWithResult(() -> new DefaultInterceptorChain<EventMessage<?>>(
                batch, List.of(new FlushWritesInterceptor()), event -> {
                    ((Runnable) event.getPayload()).run();
                    return null;
                }).proceed());
        if (result.isExceptional()) {
            throw new IllegalStateException("the batch failed", result.exceptionResult());
        }
    }

    private <T> T recording(Class<T> type, Object target, String collection) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (collection != null && method.getName().equals("bulkWrite")) {
                sent.add(collection + ": " + String.join(", ", ((List<?>) args[0]).stream()
                        .map(model -> describe((WriteModel<?>) model)).toList()));
            } else if (collection != null && method.getName().matches("replaceOne|updateOne|deleteMany|insertOne")) {
                sent.add(collection + ": " + method.getName());
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof MongoCollection<?> opened) {
                return recording(MongoCollection.class, opened, opened.getNamespace().getCollectionName());
            }
            return result;
        }));
    }

    private static String describe(WriteModel<?> model) {
        if (model instanceof ReplaceOneModel<?> replace) {
            return "replace " + id(replace.getFilter().toBsonDocument().get("_id"));
        }
        if (model instanceof UpdateOneModel<?> update) {
            return "update " + id(update.getFilter().toBsonDocument().get("_id"));
        }
        return model.getClass().getSimpleName();
    }

    private static String id(BsonValue value) {
        return value.isString() ? value.asString().getValue() : value.toString();
    }
}
