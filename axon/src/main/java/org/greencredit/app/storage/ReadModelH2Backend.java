package org.greencredit.app.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend with two changes to how it uses MVStore and one to how it batches replies;
 * queries, writes, listing and dropping are the library's own.
 *
 * <p><b>Opening without index builds.</b> The library implements no secondary (non-unique) index: it accepts and
 * lists the indexes the projections declare for a real MongoDB, and keeps a placeholder that holds nothing. But when
 * a store opens, it "builds" every declared index whose placeholder is empty — and a placeholder always is — by
 * reading each document of the collection twice and adding it to nothing. On a generated district of 2,000
 * enterprises that was the largest single part of the start (docs/benchmarks.md, "Start time"). Here the
 * placeholder says it is not empty, so the open skips the build (every query is a scan of the collection anyway).
 *
 * <p><b>Documents as BSON, keys as text.</b> A collection's documents are kept by {@link BsonDocumentType}, and
 * its unique indexes ordered by {@link UniqueKeyType}, where the library leaves both to Java serialization.
 *
 * <p><b>Replies in batches.</b> A query answers in batches of the size a MongoDB server sends ({@link ReplyBatches}),
 * where the library sends every match at once.
 */
final class ReadModelH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(ReadModelH2Backend.class);

    ReadModelH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // called from the superclass constructor, for the databases already in the store: no field here is set yet
        return new Database(databaseName);
    }

    /**
     * An inner class: the superclass's constructor opens the collections already stored before this class's own
     * fields are set, and the enclosing backend is what knows the store by then.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        /** The library's own maps, under the library's own names, with documents kept as BSON. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap(ReadModelMaps.documentsOf(namespace),
                                                                     ReadModelMaps.documents());
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new ReadModelCollection(this, collectionName, options, documents, meta, cursorRegistry);
        }

        /**
         * A query's first reply, cut to the size a MongoDB server would send ({@link ReplyBatches}); a query that
         * asked for a single batch gets all it asked for, as it will not ask for more.
         */
        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                      Oplog oplog) {
            Document reply = super.handleCommand(channel, command, query, resolver, oplog);
            if ("find".equalsIgnoreCase(command) && !Boolean.TRUE.equals(query.get("singleBatch"))) {
                ReplyBatches.cutFirstBatch(reply, requestedBatch(query), cursorRegistry);
            } else if ("aggregate".equalsIgnoreCase(command) && query.get("cursor") instanceof Document cursor) {
                ReplyBatches.cutFirstBatch(reply, requestedBatch(cursor), cursorRegistry);
            }
            return reply;
        }

        /**
         * The index on a map ordered by {@link UniqueKeyType}. A store of an earlier version keeps the index in the
         * library's map instead; that map goes, and the library fills the new, empty one from the collection's
         * documents as it opens the collection — once.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            String namespace = getFullCollectionNamespace(collectionName);
            String earlier = ReadModelMaps.libraryUniqueKeysOf(namespace, indexName);
            if (getMvStore().hasMap(earlier)) {
                log.info("Read-model store: index {} of {} is built again in the current form", indexName, namespace);
                getMvStore().removeMap(earlier);
            }
            return new UniqueKeyIndex(getMvStore().openMap(ReadModelMaps.uniqueKeysOf(namespace, indexName),
                                                           ReadModelMaps.uniqueKeys()), indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            String map = ReadModelMaps.uniqueKeysOf(getFullCollectionNamespace(collection.getCollectionName()),
                                                    indexName);
            if (getMvStore().hasMap(map)) {
                getMvStore().removeMap(map);
            }
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            log.debug("Read-model store: secondary index {} on {} {} is declared only (the embedded server scans)",
                      indexName, collectionName, keys);
            return new DeclaredIndex(indexName, keys);
        }
    }

    private static int requestedBatch(Document options) {
        return options.get("batchSize") instanceof Number batchSize ? batchSize.intValue() : 0;
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
