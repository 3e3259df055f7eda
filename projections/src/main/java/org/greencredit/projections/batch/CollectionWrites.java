package org.greencredit.projections.batch;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/** One collection's writes within a batch, by document; sent as one ordered bulk write. */
final class CollectionWrites {

    private final BatchedCollection collection;
    private final Map<BsonValue, PendingDocument> documents = new LinkedHashMap<>();

    CollectionWrites(BatchedCollection collection) {
        this.collection = collection;
    }

    PendingDocument document(BsonValue id) {
        return documents.computeIfAbsent(id, key -> new PendingDocument(key, collection.codecs()));
    }

    /** The documents with these ids after the batch's writes so far, reading at most once from the store. */
    Map<BsonValue, BsonDocument> find(Collection<BsonValue> ids) {
        List<BsonValue> unknown = ids.stream().filter(id -> !document(id).known()).distinct().toList();
        if (!unknown.isEmpty()) {
            Map<BsonValue, BsonDocument> stored = new LinkedHashMap<>();
            collection.storedAsBson().find(unknown.size() == 1 ? Filters.eq("_id", unknown.get(0))
                                                                 : Filters.in("_id", unknown))
                      .forEach(document -> stored.put(document.get("_id"), document));
            unknown.forEach(id -> document(id).learn(stored.get(id)));
        }
        Map<BsonValue, BsonDocument> found = new LinkedHashMap<>();
        ids.forEach(id -> {
            BsonDocument image = document(id).image();
            if (image != null) {
                found.put(id, image);
            }
        });
        return found;
    }

    void flush() {
        List<WriteModel<BsonDocument>> writes = new ArrayList<>();
        documents.values().forEach(document -> writes.addAll(document.writes()));
        if (!writes.isEmpty()) {
            collection.storedAsBson().bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
        documents.values().forEach(PendingDocument::stored);
    }

    /** After a write by filter, which may have touched any document: nothing is known any more. */
    void forget() {
        documents.clear();
    }
}
