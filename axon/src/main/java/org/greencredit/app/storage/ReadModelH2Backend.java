package org.greencredit.app.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend, opening a store without reading every document again for each secondary index.
 *
 * <p>The library implements no secondary (non-unique) index: it accepts and lists the indexes the projections
 * declare for a real MongoDB, and keeps a placeholder that holds nothing. But when a store opens, it "builds" every
 * declared index whose placeholder is empty — and a placeholder always is — by reading each document of the
 * collection twice, Java-deserialising it, and adding it to nothing. On a generated district of 2,000 enterprises
 * that was the largest single part of the start (docs/benchmarks.md, "Start time"). Here the placeholder says it is
 * not empty, so the open skips the build; everything else — listing, queries (always a scan of the collection),
 * writes, dropping — is the library's own.
 */
final class QuickOpeningH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(QuickOpeningH2Backend.class);

    QuickOpeningH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // called from the superclass constructor, for the databases already in the store: no field here is set yet
        return new Database(databaseName, getMvStore(), this);
    }

    private static final class Database extends H2Database {

        Database(String databaseName, MVStore store, QuickOpeningH2Backend backend) {
            super(databaseName, store, backend.getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            log.debug("Read-model store: secondary index {} on {} {} is declared only (the embedded server scans)",
                      indexName, collectionName, keys);
            return new DeclaredIndex(indexName, keys);
        }
    }

    /** The library's placeholder, which has nothing to build: it never holds a document. */
    private static final class DeclaredIndex extends EmptyIndex<Object> {

        DeclaredIndex(String name, List<IndexKey> keys) {
            super(name, keys);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
