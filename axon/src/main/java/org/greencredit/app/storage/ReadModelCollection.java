package org.greencredit.app.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;

/** The library's H2 collection, whose cursors hand out batches as a MongoDB server's do ({@link BatchedCursor}). */
final class ReadModelCollection extends H2Collection {

    ReadModelCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, documents, meta, cursorRegistry);
    }

    @Override
    protected Cursor createCursor(List<Document> remaining) {
        Cursor cursor = new BatchedCursor(cursorRegistry.generateCursorId(), remaining);
        cursorRegistry.add(cursor);
        return cursor;
    }
}
