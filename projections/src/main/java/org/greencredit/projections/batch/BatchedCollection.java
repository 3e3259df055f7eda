package org.greencredit.projections.batch;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * A read-model collection as its projection's event handlers write and read it. Within a batch of events handled
 * as one ({@link FlushWritesInterceptor}) writes are held in the batch and sent at its end, and a handler's read by
 * {@code _id} sees what earlier events of the same batch wrote; outside a batch every write goes to the store at
 * once. Writes are by {@code _id} — a whole document, or a {@link Change} — except {@link #deleteWhere}. Queries
 * read {@link #stored()}: what the store holds, without a batch still under way.
 *
 * <p>A batch sends its collections in the order they were opened: a projection opens first what it writes first
 * and last what tells a redelivered event that its work is done, so that a crash while a batch is being sent
 * leaves nothing that looks done and is not.
 */
public final class BatchedCollection {

    private static final AtomicLong OPENED = new AtomicLong();

    private final MongoCollection<Document> stored;
    private final MongoCollection<BsonDocument> storedAsBson;
    private final Codec<Document> documents;
    private final long rank = OPENED.incrementAndGet();

    public BatchedCollection(MongoDatabase database, String name) {
        this.stored = database.getCollection(name);
        this.storedAsBson = stored.withDocumentClass(BsonDocument.class);
        this.documents = stored.getCodecRegistry().get(Document.class);
    }

    /** The documents as stored, for queries. */
    public MongoCollection<Document> stored() {
        return stored;
    }

    /** The document with this id as this handler's batch left it so far, or null. */
    public Document find(Object id) {
        Optional<BatchedWrites> batch = BatchedWrites.current();
        if (batch.isEmpty()) {
            return stored.find(Filters.eq("_id", id)).first();
        }
        BsonValue key = key(id);
        BsonDocument found = batch.get().of(this).find(List.of(key)).get(key);
        return found == null ? null : document(found);
    }

    /** The documents with these ids that exist, in the order of the ids, as this handler's batch left them so far. */
    public List<Document> findAll(Collection<?> ids) {
        Optional<BatchedWrites> batch = BatchedWrites.current();
        if (batch.isEmpty()) {
            Map<Object, Document> found = new HashMap<>();
            stored.find(Filters.in("_id", ids)).forEach(document -> found.put(document.get("_id"), document));
            return ids.stream().filter(found::containsKey).map(found::get).toList();
        }
        List<BsonValue> keys = ids.stream().map(this::key).toList();
        Map<BsonValue, BsonDocument> found = batch.get().of(this).find(keys);
        return keys.stream().filter(found::containsKey).map(key -> document(found.get(key))).toList();
    }

    /** Replaces the document with the same {@code _id}, or inserts it. */
    public void replace(Document document) {
        Object id = document.get("_id");
        if (id == null) {
            throw new IllegalArgumentException("a document without _id: " + document);
        }
        Optional<BatchedWrites> batch = BatchedWrites.current();
        if (batch.isEmpty()) {
            stored.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
        } else {
            batch.get().of(this).document(key(id)).replace(bson(document));
        }
    }

    /** Changes the document with this id, if there is one. */
    public void update(Object id, Change change) {
        change(id, change, false);
    }

    /** Changes the document with this id, creating it (with only its {@code _id}) first if there is none. */
    public void upsert(Object id, Change change) {
        change(id, change, true);
    }

    /**
     * Deletes every document the filter matches. Within a batch, the collection's writes held so far are sent
     * first and the delete follows at once: a filter may match any document, held or stored.
     */
    public void deleteWhere(Bson filter) {
        BatchedWrites.current().ifPresent(batch -> {
            batch.of(this).flush();
            batch.of(this).forget();
        });
        stored.deleteMany(filter);
    }

    /** Empties the collection at once, as a reset does before a replay. */
    public void deleteAll() {
        stored.deleteMany(new Document());
    }

    long rank() {
        return rank;
    }

    CodecRegistry codecs() {
        return stored.getCodecRegistry();
    }

    MongoCollection<BsonDocument> storedAsBson() {
        return storedAsBson;
    }

    private void change(Object id, Change change, boolean upsert) {
        Optional<BatchedWrites> batch = BatchedWrites.current();
        if (batch.isEmpty()) {
            stored.updateOne(Filters.eq("_id", id), change.update(), new UpdateOptions().upsert(upsert));
        } else {
            batch.get().of(this).document(key(id)).change(change, upsert);
        }
    }

    /** The id as the store compares it. */
    private BsonValue key(Object id) {
        return bson(new Document("_id", id)).get("_id");
    }

    /** The document as the driver encodes it for the store, {@code _id} first. */
    private BsonDocument bson(Document document) {
        BsonDocument encoded = new BsonDocument();
        documents.encode(new BsonDocumentWriter(encoded), document,
                         EncoderContext.builder().isEncodingCollectibleDocument(true).build());
        return encoded;
    }

    /** The document as the driver decodes what the store returns. */
    private Document document(BsonDocument stored) {
        return documents.decode(new BsonDocumentReader(stored), DecoderContext.builder().build());
    }
}
