package org.greencredit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

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
 * answer as before.
 */
class QuickOpeningH2BackendTest {

    private static final int DOCUMENTS = 3_000;

    @TempDir
    Path directory;

    @Test
    void openingDoesNotReadTheDocumentsForADeclaredSecondaryIndex() {
        Path file = directory.resolve("readmodels.mv");
        Random random = new Random(7);
        withDriver(file, H2Backend::new, collection -> {
            collection.insertMany(IntStream.range(0, DOCUMENTS).mapToObj(i -> new Document("_id", "e" + i)
                    .append("creditCode", "C" + i)
                    .append("text", Long.toHexString(random.nextLong()).repeat(20))).toList());
            collection.createIndex(Indexes.ascending("creditCode"));
        });

        long library = bytesReadOpening(file, H2Backend::new);
        long quick = bytesReadOpening(file, QuickOpeningH2Backend::new);

        assertThat(library).as("bytes the library's backend reads opening the store").isGreaterThan(DOCUMENTS * 50L);
        assertThat(quick).as("bytes read opening the store").isLessThan(library / 10);
        List<String> indexes = new ArrayList<>();
        List<String> found = new ArrayList<>();
        withDriver(file, QuickOpeningH2Backend::new, collection -> {
            collection.listIndexes().forEach(index -> indexes.add(index.getString("name")));
            collection.find(Filters.eq("creditCode", "C1234")).forEach(document -> found.add(document.getString("_id")));
        });
        assertThat(indexes).containsExactlyInAnyOrder("_id_", "creditCode_1");
        assertThat(found).containsExactly("e1234");
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
