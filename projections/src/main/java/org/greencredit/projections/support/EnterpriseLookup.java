package org.greencredit.projections.support;

import com.mongodb.client.MongoDatabase;
import java.util.function.BiFunction;

/**
 * 按企业查找: how the credit-file, decision and evaluation projections reach one enterprise's documents. A real
 * MongoDB serves a search on {@code creditCode} from an index. The embedded read-model server ignores secondary
 * indexes, so there the same search reads the whole collection — 1.2–1.8 s per credit file at 10,000 enterprises —
 * and a companion collection keyed by credit code lists each enterprise's document ids instead, at the cost of a
 * second write per new document. Each store gets the way that suits it; docs/architecture.md has the measurements.
 */
public enum EnterpriseLookup {

    /** The embedded default: a {@code <collection>_by_enterprise} companion and {@code _id in [...]}. */
    COMPANION(DocumentsByEnterprise::new, 0),

    /**
     * A real MongoDB: an index on {@code creditCode}, no companion, one write per document. Its layouts are numbered
     * from 1,000: documents built one way miss what the other way needs (the companion, or the index), so switching
     * the way rebuilds the projection as a new layout would.
     */
    CREDIT_CODE_INDEX(DocumentsByCreditCode::new, 1000);

    private final BiFunction<MongoDatabase, String, EnterpriseDocuments> documents;
    private final int layoutOffset;

    EnterpriseLookup(BiFunction<MongoDatabase, String, EnterpriseDocuments> documents, int layoutOffset) {
        this.documents = documents;
        this.layoutOffset = layoutOffset;
    }

    /** The lookup of {@code collection}'s documents by enterprise. */
    public EnterpriseDocuments documents(MongoDatabase database, String collection) {
        return documents.apply(database, collection);
    }

    /** The layout number a projection of layout {@code projectionLayout} records when it finds documents this way. */
    public int layout(int projectionLayout) {
        return layoutOffset + projectionLayout;
    }
}
