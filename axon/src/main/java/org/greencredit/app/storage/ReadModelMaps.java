package org.greencredit.app.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The maps of the embedded read-model store's MVStore file and how each is read: a collection's documents (the maps
 * mongo-java-server names {@code databases.<database>.<collection>}) with {@link BsonDocumentType}, the unique
 * indexes with {@link UniqueKeyType}, every other map — the library's collection metadata — with MVStore's default
 * types. Whatever opens the file
 * other than the server itself (compaction) opens its maps through here.
 */
public final class ReadModelMaps {

    private static final String DOCUMENTS = "databases.";
    private static final String UNIQUE_KEYS = "._unique_keys_";

    private ReadModelMaps() {
    }

    /** How the map {@code name} is opened. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static MVMap.Builder<Object, Object> builder(String name) {
        if (name.startsWith(DOCUMENTS)) {
            return (MVMap.Builder) documents();
        }
        return name.contains(UNIQUE_KEYS) ? (MVMap.Builder) uniqueKeys() : new MVMap.Builder<>();
    }

    static String documentsOf(String namespace) {
        return DOCUMENTS + namespace;
    }

    /**
     * Not the library's name for the map, {@code <namespace>._index_<index>}, which holds the same index in the
     * generic order: a store of an earlier version has that one, which is then removed and built again in this form.
     */
    static String uniqueKeysOf(String namespace, String index) {
        return namespace + UNIQUE_KEYS + index;
    }

    static String libraryUniqueKeysOf(String namespace, String index) {
        return namespace + "._index_" + index;
    }

    static MVMap.Builder<KeyValue, Object> uniqueKeys() {
        return new MVMap.Builder<KeyValue, Object>().keyType(UniqueKeyType.INSTANCE);
    }

    static MVMap.Builder<Object, Document> documents() {
        return new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE);
    }
}
