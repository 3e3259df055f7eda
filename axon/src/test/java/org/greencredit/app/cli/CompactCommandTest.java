package org.greencredit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.greencredit.app.storage.EmbeddedMongoServer;
import org.greencredit.app.support.HandledEventCounter;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.projections.directory.CountEnterprises;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.EnterpriseDirectoryProjection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compact} on a small generated district that the application has run on: refused while the application
 * holds the stores, then, once it has stopped, both stores compacted with every document and every event kept, and
 * the application started on them again resuming where it was.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompactCommandTest {

    private static final int ENTERPRISES = 6;

    @TempDir
    static Path dataDir;

    private static RunningApplication app;
    private static long events;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream printer = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void generateAndStart() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(new GenerateCommand(quiet, quiet).run(List.of(
                "--enterprises", String.valueOf(ENTERPRISES), "--years", "1", "--seed", "7", "--last-fact-year", "2025",
                "--greencredit.data-dir=" + dataDir, "--greencredit.mongo.embedded-port=0"))).isZero();
        app = RunningApplication.start(dataDir, "greencredit.demo.enabled=false");
        app.awaitCaughtUp(EnterpriseDirectoryProjection.PROCESSING_GROUP);
        events = app.storedEvents();
        assertThat(events).isPositive();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private int compact(Path directory, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--lang", "en", "--greencredit.data-dir=" + directory));
        args.addAll(List.of(arguments));
        return new CompactCommand(printer, printer).run(args);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static Path readModelFile() {
        return dataDir.resolve("readmodels").resolve("readmodels.mv");
    }

    @Test
    @Order(1)
    void whileTheApplicationRunsItIsRefusedAndNothingChanges() throws Exception {
        long size = Files.size(readModelFile());
        int exit = compact(dataDir, "--events");
        assertThat(exit).as(output()).isEqualTo(CompactCommand.REFUSED);
        assertThat(output()).contains("is in use, most likely by the running application").contains("Nothing was changed");
        assertThat(Files.exists(readModelFile().resolveSibling("readmodels.mv.compacting"))).isFalse();
        assertThat(Files.size(readModelFile())).isGreaterThanOrEqualTo(size);
        assertThat(app.storedEvents()).isEqualTo(events);
    }

    @Test
    @Order(2)
    void onceStoppedBothStoresAreCompactedAndTheApplicationResumesOnTheSameContent() throws Exception {
        app.close();
        app = null;
        Map<String, List<String>> documents = readModels();
        long size = Files.size(readModelFile());

        int exit = compact(dataDir, "--events");

        assertThat(exit).as(output()).isEqualTo(CompactCommand.COMPACTED);
        assertThat(output()).contains("Read-model store " + readModelFile())
                            .contains("all " + String.format(Locale.ENGLISH, "%,d", events) + " events read the same");
        assertThat(Files.size(readModelFile())).isLessThan(size);
        assertThat(readModels()).isEqualTo(documents);
        try (RunningApplication restarted = RunningApplication.start(dataDir, "greencredit.demo.enabled=false")) {
            assertThat(restarted.storedEvents()).isEqualTo(events);
            restarted.awaitCaughtUp(EnterpriseDirectoryProjection.PROCESSING_GROUP);
            assertThat(restarted.bean(HandledEventCounter.class).total()).as("events handled again").isZero();
            assertThat(restarted.bean(QueryGateway.class)
                                .query(new CountEnterprises(DirectoryFilter.all()), Long.class).join())
                    .isEqualTo((long) ENTERPRISES);
        }
    }

    @Test
    @Order(3)
    void aDirectoryWithoutAStoreOrAnUnknownArgumentIsAFailure(@TempDir Path empty) {
        assertThat(compact(empty)).isEqualTo(CompactCommand.FAILED);
        assertThat(compact(empty, "--everything")).isEqualTo(CompactCommand.FAILED);
        assertThat(output()).contains("There is no embedded store at " + empty)
                            .contains("Usage: compact [--events]");
    }

    /** Every document of every collection of every database, read through the store's own server. */
    private static Map<String, List<String>> readModels() throws Exception {
        Map<String, List<String>> collections = new TreeMap<>();
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(dataDir.resolve("readmodels"), 0, null);
             MongoClient client = MongoClients.create(server.connectionString())) {
            for (String databaseName : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(databaseName);
                for (String collection : database.listCollectionNames()) {
                    List<String> json = new ArrayList<>();
                    database.getCollection(collection).find().sort(Sorts.ascending("_id"))
                            .forEach((Document document) -> json.add(document.toJson()));
                    collections.put(databaseName + "." + collection, json);
                }
            }
        }
        assertThat(collections).isNotEmpty();
        return collections;
    }
}
