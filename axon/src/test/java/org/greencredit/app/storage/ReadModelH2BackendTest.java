package org.greencredit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a read-model store does not read the documents of a collection for the secondary indexes the embedded
 * server only declares, where the library's own backend reads all of them; the indexes stay declared and queries
 * answer as before. A store the library's backend wrote (an earlier version's) is read and updated as it is, and its
 * {@code _id} indexes are built again once in the current form.
 */
class ReadModelH2BackendTest {

    private static final int DOCUMENTS = 3_000;

    @TempDir
    Path directory;

    @Test
    void openingDoesNotReadTheDocumentsForADeclaredSecondaryIndex() {
        Path libraryFile = directory.resolve("library.mv");
        Path file = directory.resolve("readmodels.mv");
        fill(libraryFile, H2Backend::new);
        fill(file, ReadModelH2Backend::new);

        long library = bytesReadOpening(libraryFile, H2Backend::new);
        long quick = bytesReadOpening(file, ReadModelH2Backend::new);

        assertThat(library).as("bytes the library's backend reads opening the store").isGreaterThan(DOCUMENTS * 50L);
        assertThat(quick).as("bytes read opening the store").isLessThan(library / 10);
        List<String> indexes = new ArrayList<>();
        List<String> found = new ArrayList<>();
        withDriver(file, ReadModelH2Backend::new, collection -> {
            collection.listIndexes().forEach(index -> indexes.add(index.getString("name")));
            collection.find(Filters.eq("creditCode", "C1234")).forEach(document -> found.add(document.getString("_id")));
        });
        assertThat(indexes).containsExactlyInAnyOrder("_id_", "creditCode_1");
        assertThat(found).containsExactly("e1234");
    }

    private static void fill(Path file, Function<MVStore, MongoBackend> backendOf) {
        Random random = new Random(7);
        withDriver(file, backendOf, collection -> {
            collection.insertMany(IntStream.range(0, DOCUMENTS).mapToObj(i -> new Document("_id", "e" + i)
                    .append("creditCode", "C" + i)
                    .append("text", Long.toHexString(random.nextLong()).repeat(20))).toList());
            collection.createIndex(Indexes.ascending("creditCode"));
        });
    }

    @Test
    void aStoreWrittenByTheLibrarysBackendIsReadAndUpdatedDocumentByDocument() {
        Path file = directory.resolve("readmodels.mv");
        Document nested = new Document("grade", "B").append("total", 81.5).append("hits", List.of("C01", "D02"));
        withDriver(file, H2Backend::new, collection -> collection.insertMany(List.of(
                new Document("_id", "old").append("decision", nested),
                new Document("_id", "replaced").append("decision", nested))));

        withDriver(file, ReadModelH2Backend::new, collection -> {
            collection.replaceOne(Filters.eq("_id", "replaced"), new Document("decision", nested.append("grade", "C")));
            collection.insertOne(new Document("_id", "new").append("count", 3).append("big", 1L << 40));
        });

        List<Document> read = new ArrayList<>();
        withDriver(file, ReadModelH2Backend::new, collection -> collection.find().sort(new Document("_id", 1))
                                                                            .forEach(read::add));
        assertThat(read).extracting(document -> document.getString("_id")).containsExactly("new", "old", "replaced");
        assertThat(read.get(1).get("decision", Document.class).getString("grade")).isEqualTo("B");
        assertThat(read.get(2).get("decision", Document.class)).isEqualTo(nested);
        assertThat(read.get(0).get("count")).isEqualTo(3);
        assertThat(read.get(0).get("big")).isEqualTo(1L << 40);
    }

    @Test
    void theIdIndexOfAStoreWrittenByTheLibrarysBackendIsBuiltAgainOnceAndKeepsIdsUnique() {
        Path file = directory.resolve("readmodels.mv");
        withDriver(file, H2Backend::new, collection -> collection.insertMany(
                IntStream.range(0, 500).mapToObj(i -> new Document("_id", "e" + i).append("n", i)).toList()));

        List<Object> found = new ArrayList<>();
        withDriver(file, ReadModelH2Backend::new, collection -> {
            found.add(collection.find(Filters.eq("_id", "e123")).first().get("n"));
            assertThatThrownBy(() -> collection.insertOne(new Document("_id", "e7")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            collection.insertOne(new Document("_id", "e500").append("n", 500));
        });
        assertThat(found).containsExactly(123);
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            assertThat(store.getMapNames()).as("the library's own form of the index is gone")
                                           .noneMatch(name -> name.contains("._index_"));
        } finally {
            store.close();
        }

        withDriver(file, ReadModelH2Backend::new, collection -> {
            assertThat(collection.countDocuments()).isEqualTo(501);
            assertThat(collection.find(Filters.in("_id", "e0", "e499", "e500")).into(new ArrayList<>())).hasSize(3);
            collection.drop();
            collection.insertOne(new Document("_id", "e0"));
            assertThat(collection.countDocuments()).isEqualTo(1);
        });
    }

    private static long bytesReadOpening(Path file, Function<MVStore, MongoBackend> backendOf) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
        MongoBackend backend = backendOf.apply(store);
        long read = store.getFileStore().getReadBytes();
        backend.close();
        return read;
    }

    private static void withDriver(Path file, Function<MVStore, MongoBackend> backendOf,
                                   Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backendOf.apply(new MVStore.Builder().fileName(file.toString())
                                                                                  .compress().open()));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("green-credit").getCollection("entries"));
        } finally {
            server.shutdown();
        }
    }
}
