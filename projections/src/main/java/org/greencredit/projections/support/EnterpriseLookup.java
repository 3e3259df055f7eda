package org.greencredit.projections.support;

import com.mongodb.client.MongoDatabase;

/**
 * 按企业查找: how the credit-file, decision and evaluation projections reach one enterprise's documents. A real
 * MongoDB serves a search on {@code creditCode} from an index. The embedded read-model server ignores secondary
 * indexes, so there the same search reads the whole collection — 1.2–1.8 s per credit file at 10,000 enterprises —
 * and a companion collection keyed by credit code lists each enterprise's document ids instead, at the cost of a
 * second write per new document. Each store gets the way that suits it; docs/architecture.md has the measurements.
 */
public enum EnterpriseLookup {

    /** The embedded default: a {@code <collection>_by_enterprise} companion and {@code _id in [...]}. */
    COMPANION {
        @Override
        public EnterpriseDocuments documents(MongoDatabase database, String collection) {
            return new DocumentsByEnterprise(database, collection);
        }

        @Override
        public int layout(int projectionLayout) {
            return projectionLayout;
        }
    },

    /** A real MongoDB: an index on {@code creditCode}, no companion, one write per document. */
    CREDIT_CODE_INDEX {
        @Override
        public EnterpriseDocuments documents(MongoDatabase database, String collection) {
            return new DocumentsByCreditCode(database, collection);
        }

        @Override
        public int layout(int projectionLayout) {
            return INDEXED_LAYOUTS + projectionLayout;
        }
    };

    /**
     * Read-model layouts found through the index are numbered from here: documents built one way miss what the other
     * way needs (the companion, or the index), so switching the way rebuilds the projection like a new layout would.
     */
    private static final int INDEXED_LAYOUTS = 1000;

    /** The lookup of {@code collection}'s documents by enterprise. */
    public abstract EnterpriseDocuments documents(MongoDatabase database, String collection);

    /** The layout number a projection of layout {@code projectionLayout} records when it finds documents this way. */
    public abstract int layout(int projectionLayout);
}
