package org.greencredit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded read-model store answers a query in batches as a MongoDB server does — 101 documents first when the
 * client names no batch size, never more than 16 MiB in one reply — so reading a whole large collection works
 * (mongo-java-server alone answered in one reply, 95 MB at 10,000 enterprises, which the driver refuses).
 */
class ReplyBatchesTest {

    private static final String MEGABYTE = "x".repeat(1024 * 1024);

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        server = new MongoServer(new ReadModelH2Backend(new MVStore.Builder().open()));
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        database = client.getDatabase("green-credit");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aQueryWithoutBatchSizeAnswers101DocumentsFirstAndTheRestOnRequest() {
        database.getCollection("files").insertMany(IntStream.range(0, 300).mapToObj(
                i -> new Document("_id", String.format("e%03d", i))).toList());

        Document reply = database.runCommand(new Document("find", "files").append("sort", new Document("_id", 1)));

        assertThat(firstBatch(reply)).hasSize(101);
        assertThat(cursorId(reply)).isNotZero();
        List<String> all = new ArrayList<>();
        database.getCollection("files").find().sort(new Document("_id", 1))
                .forEach(document -> all.add(document.getString("_id")));
        assertThat(all).hasSize(300).isSorted().startsWith("e000").endsWith("e299");
        assertThat(database.getCollection("files").countDocuments()).isEqualTo(300);
        Document aggregated = database.runCommand(new Document("aggregate", "files")
                .append("pipeline", List.of(new Document("$match", new Document())))
                .append("cursor", new Document()));
        assertThat(firstBatch(aggregated)).hasSize(101);
        assertThat(database.getCollection("files").aggregate(List.of(new Document("$sort", new Document("_id", -1))))
                           .into(new ArrayList<>())).hasSize(300).first()
                .extracting(document -> document.getString("_id")).isEqualTo("e299");
    }

    @Test
    void aQueryForASingleBatchGetsEverythingItAskedFor() {
        database.getCollection("files").insertMany(IntStream.range(0, 300).mapToObj(
                i -> new Document("_id", String.format("e%03d", i))).toList());

        Document reply = database.runCommand(new Document("find", "files").append("limit", 150)
                                                     .append("singleBatch", true));

        assertThat(firstBatch(reply)).hasSize(150);
        assertThat(cursorId(reply)).isZero();
    }

    @Test
    void noReplyCarriesMoreThan16MebibytesWhateverBatchSizeWasAskedFor() {
        database.getCollection("files").insertMany(IntStream.range(0, 24).mapToObj(
                i -> new Document("_id", i).append("text", MEGABYTE)).toList());

        Document first = database.runCommand(new Document("find", "files").append("batchSize", 1_000));
        Document next = database.runCommand(new Document("getMore", cursorId(first)).append("collection", "files"));

        assertThat(firstBatch(first)).hasSize(15);
        List<?> nextBatch = next.get("cursor", Document.class).getList("nextBatch", Document.class);
        assertThat(nextBatch).hasSize(9);
        assertThat(next.get("cursor", Document.class).get("id", Number.class).longValue()).isZero();
        assertThat(database.getCollection("files").find().into(new ArrayList<>())).hasSize(24);
    }

    @Test
    void aBatchHoldsAtLeastOneDocumentHoweverLarge() {
        database.getCollection("files").insertOne(new Document("_id", 1).append("text", MEGABYTE.repeat(15)));
        database.getCollection("files").insertOne(new Document("_id", 2).append("text", MEGABYTE.repeat(3)));

        Document first = database.runCommand(new Document("find", "files").append("sort", new Document("_id", 1)));

        assertThat(firstBatch(first)).hasSize(1);
        assertThat(database.getCollection("files").find().into(new ArrayList<>())).hasSize(2);
    }

    private static List<Document> firstBatch(Document reply) {
        return reply.get("cursor", Document.class).getList("firstBatch", Document.class);
    }

    private static long cursorId(Document reply) {
        return reply.get("cursor", Document.class).get("id", Number.class).longValue();
    }
}
