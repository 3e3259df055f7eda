package org.greencredit.projections.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.projections.batch.BatchedWrites;

/**
 * One enterprise's documents found by their {@code creditCode} field, through an index: the way of a real MongoDB,
 * where it costs no write beyond the document itself ({@link EnterpriseLookup#CREDIT_CODE_INDEX}).
 */
public final class DocumentsByCreditCode implements EnterpriseDocuments {

    private static final String CREDIT_CODE = "creditCode";

    private final MongoCollection<Document> collection;

    public DocumentsByCreditCode(MongoDatabase database, String collection) {
        this.collection = database.getCollection(collection);
        this.collection.createIndex(Indexes.ascending(CREDIT_CODE));
    }

    /** Nothing to note: the document carries its credit code. */
    @Override
    public void add(String creditCode, String documentId) {
    }

    /** Sends the batch's held writes first, so that a document written earlier in the batch is found. */
    @Override
    public List<String> ids(String creditCode) {
        BatchedWrites.sendHeldWrites();
        return collection.find(filter(creditCode)).projection(Projections.include("_id"))
                         .map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    @Override
    public Bson filter(String creditCode) {
        return Filters.eq(CREDIT_CODE, creditCode);
    }

    /** The documents themselves are reset with their collection. */
    @Override
    public void reset() {
    }
}
