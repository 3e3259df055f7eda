package org.greencredit.projections.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The ids of one read-model collection's documents per enterprise, kept in a companion collection keyed by credit
 * code. A credit file's documents are then reached through {@code _id} alone, the one index every store serves:
 * the embedded read-model server ignores secondary indexes, so a search by credit code would read the whole
 * collection, once per opened credit file or per handled event.
 */
public final class DocumentsByEnterprise {

    private static final String IDS = "ids";

    private final MongoCollection<Document> index;

    /** The companion of {@code collection}, named after it. */
    public DocumentsByEnterprise(MongoDatabase database, String collection) {
        this.index = database.getCollection(collection + "_by_enterprise");
    }

    /** Notes that the document belongs to the enterprise; noting it again changes nothing. */
    public void add(String creditCode, String documentId) {
        index.updateOne(Filters.eq("_id", creditCode), Updates.addToSet(IDS, documentId),
                        new UpdateOptions().upsert(true));
    }

    /** The enterprise's document ids, in the order they were first noted. */
    public List<String> ids(String creditCode) {
        Document entry = index.find(Filters.eq("_id", creditCode)).first();
        return entry == null ? List.of() : entry.getList(IDS, String.class, List.of());
    }

    /**
     * A filter for exactly the enterprise's documents. It must stay the whole filter of a query: the embedded
     * server uses its {@code _id} index only when nothing else is asked alongside, so further conditions are
     * applied to the documents found.
     */
    public Bson filter(String creditCode) {
        return Filters.in("_id", ids(creditCode));
    }

    public void reset() {
        index.deleteMany(new Document());
    }
}
