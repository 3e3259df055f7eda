package org.greencredit.projections.support;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;

/**
 * The ids of one read-model collection's documents per enterprise, kept in a companion collection keyed by credit
 * code. A credit file's documents are then reached through {@code _id} alone, the one index every store serves:
 * the embedded read-model server ignores secondary indexes, so a search by credit code would read the whole
 * collection, once per opened credit file or per handled event ({@link EnterpriseLookup#COMPANION}).
 */
public final class DocumentsByEnterprise implements EnterpriseDocuments {

    private static final String IDS = "ids";

    private final BatchedCollection index;

    /** The companion of {@code collection}, named after it. */
    public DocumentsByEnterprise(MongoDatabase database, String collection) {
        this.index = new BatchedCollection(database, collection + "_by_enterprise");
    }

    /** Notes that the document belongs to the enterprise; noting it again changes nothing. */
    @Override
    public void add(String creditCode, String documentId) {
        index.upsert(creditCode, Change.addToSet(IDS, documentId));
    }

    /**
     * The enterprise's document ids, in the order they were first noted — in an event handler including those its
     * batch noted so far.
     */
    @Override
    public List<String> ids(String creditCode) {
        Document entry = index.find(creditCode);
        return entry == null ? List.of() : entry.getList(IDS, String.class, List.of());
    }

    /**
     * A filter for exactly the enterprise's documents, for queries. It must stay the whole filter of a query: the
     * embedded server uses its {@code _id} index only when nothing else is asked alongside, so further conditions
     * are applied to the documents found.
     */
    @Override
    public Bson filter(String creditCode) {
        return Filters.in("_id", ids(creditCode));
    }

    @Override
    public void reset() {
        index.deleteAll();
    }
}
