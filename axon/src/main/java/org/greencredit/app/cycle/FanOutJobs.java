package org.greencredit.app.cycle;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

/**
 * The fan-outs to carry out, kept until done in the read-model store beside the processors' tokens: each holds its
 * phase event (with the batch's credit codes), serialized as the event store holds it. Written once; the cursor
 * lives in {@code FanOutProgressStore}.
 */
class FanOutJobs {

    static final String COLLECTION = "fan_out_jobs";

    private final MongoCollection<Document> collection;
    private final Serializer serializer;

    FanOutJobs(MongoDatabase database, Serializer serializer) {
        this.collection = database.getCollection(COLLECTION);
        this.serializer = serializer;
    }

    void save(String jobId, Object phaseEvent) {
        SerializedObject<String> event = serializer.serialize(phaseEvent, String.class);
        Document document = new Document("_id", jobId).append("eventType", event.getType().getName())
                .append("eventRevision", event.getType().getRevision()).append("event", event.getData());
        collection.replaceOne(Filters.eq("_id", jobId), document, new ReplaceOptions().upsert(true));
    }

    Optional<Object> find(String jobId) {
        Document document = collection.find(Filters.eq("_id", jobId)).first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(serializer.deserialize(new SimpleSerializedObject<>(
                document.getString("event"), String.class, document.getString("eventType"),
                document.getString("eventRevision"))));
    }

    /** A finished fan-out's list of enterprises is not needed any more; its progress stays. */
    void delete(String jobId) {
        collection.deleteOne(Filters.eq("_id", jobId));
    }
}
