package org.greencredit.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.Document;
import org.greencredit.app.storage.EmbeddedMongoServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-enterprise read-model data in two layouts on the embedded read-model store, with the same synthetic credit-file
 * entries (a fact, its status, its evidence): flat documents found through a {@code _by_enterprise} companion (what
 * the credit-file, decision and evaluation projections do) against one document per enterprise with the entries
 * embedded. Each layout takes the same events in batches of 100, the way a processor batch reaches the store: every
 * enterprise's entries are recorded, enterprises taking turns (a batch touches 100 enterprises, as when many credit
 * files are written at once), then one entry of each changes status. A small warm-up run of both comes first. Then one enterprise's entries are read
 * (the credit-file page) and a district-wide work queue is listed (entries pending verification).
 *
 * <p>Run with {@code mvn -o -B -pl axon verify -Pbench -Dtest=EnterpriseDocumentLayoutBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs [-Dbench.enterprises=10000] [-Dbench.entries=9]}.
 */
@Tag("benchmark")
class EnterpriseDocumentLayoutBenchmark {

    private static final int BATCH = 100;
    private static final int READS = 300;

    @TempDir
    Path directory;

    @Test
    void measure() throws Exception {
        int enterprises = Integer.getInteger("bench.enterprises", 10_000);
        int entries = Integer.getInteger("bench.entries", 9);
        List<String> report = new ArrayList<>();
        report.add(String.format("%,d enterprises x %d entries, batches of %d events, %d reads of one enterprise",
                                 enterprises, entries, BATCH, READS));
        for (Layout layout : List.of(new CompanionLayout(), new EmbeddedLayout())) {
            Path warmUp = Files.createDirectories(directory.resolve("warm-up-" + layout.getClass().getSimpleName()));
            try (EmbeddedMongoServer server = new EmbeddedMongoServer(warmUp, 0, null);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                run(layout, client.getDatabase("layout"), 500, entries);
            }
        }
        for (Layout layout : List.of(new CompanionLayout(), new EmbeddedLayout())) {
            Path store = Files.createDirectories(directory.resolve(layout.name()));
            try (EmbeddedMongoServer server = new EmbeddedMongoServer(store, 0, null);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                report.add(run(layout, client.getDatabase("layout"), enterprises, entries));
            }
            report.add(String.format("  %s: store file %.1f MB", layout.name(),
                                     Files.size(EmbeddedMongoServer.file(store)) / 1e6));
        }
        Path out = Path.of("target", "benchmarks", "enterprise-document-layout.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static String run(Layout layout, MongoDatabase database, int enterprises, int entries) {
        layout.open(database);
        long start = System.nanoTime();
        int writes = 0;
        List<Event> events = new ArrayList<>();
        for (int n = 0; n < entries; n++) {
            for (int e = 0; e < enterprises; e++) {
                events.add(new Event(code(e), "f-" + e + "-" + n, "PENDING"));
            }
        }
        for (int from = 0; from < events.size(); from += BATCH) {
            writes += layout.record(events.subList(from, Math.min(events.size(), from + BATCH)));
        }
        double recordSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        List<Event> changes = new ArrayList<>();
        for (int e = 0; e < enterprises; e++) {
            changes.add(new Event(code(e), "f-" + e + "-0", "CONFIRMED"));
        }
        for (int from = 0; from < changes.size(); from += BATCH) {
            writes += layout.changeStatus(changes.subList(from, Math.min(changes.size(), from + BATCH)));
        }
        double changeSeconds = (System.nanoTime() - start) / 1e9;

        Random random = new Random(7);
        long[] reads = new long[READS];
        for (int i = 0; i < READS; i++) {
            String code = code(random.nextInt(enterprises));
            long read = System.nanoTime();
            List<Document> found = layout.entriesOf(code);
            reads[i] = System.nanoTime() - read;
            assertThat(found).as("entries of %s", code).hasSize(entries);
        }
        Arrays.sort(reads);
        start = System.nanoTime();
        long pending = layout.countPending();
        double listSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(pending).isEqualTo((long) enterprises * (entries - 1));
        return String.format("  %s: record %,d events %.1f s (%,.0f events/s), change %,d statuses %.1f s"
                                     + " (%,.0f events/s), %,d write operations; one enterprise's entries p50 %.2f ms,"
                                     + " p95 %.2f ms; district queue of %,d pending entries %.2f s",
                             layout.name(), events.size(), recordSeconds, events.size() / recordSeconds,
                             changes.size(), changeSeconds, changes.size() / changeSeconds, writes,
                             reads[READS / 2] / 1e6, reads[READS * 95 / 100] / 1e6, pending, listSeconds);
    }

    private static String code(int enterprise) {
        return String.format("91110000%010d", enterprise);
    }

    private static Document entry(Event event) {
        return new Document("_id", event.factId()).append("creditCode", event.creditCode())
                                                  .append("type", "VIOLATION").append("status", event.status())
                                                  .append("occurredOn", "2025-06-01")
                                                  .append("evidence", "京通环罚〔2025〕" + event.factId() + "号 现场检查笔录")
                                                  .append("attributes", new Document("category", "EXCEEDING_STANDARDS")
                                                          .append("severity", "GENERAL").append("fineYuan", 50_000));
    }

    private record Event(String creditCode, String factId, String status) {
    }

    private interface Layout {
        String name();

        void open(MongoDatabase database);

        /** Writes the batch's new entries; answers the number of write operations sent. */
        int record(List<Event> batch);

        int changeStatus(List<Event> batch);

        List<Document> entriesOf(String creditCode);

        long countPending();
    }

    /** The projections' layout: one document per entry, and per enterprise a companion listing its entries' ids. */
    private static final class CompanionLayout implements Layout {

        private MongoCollection<Document> entries;
        private MongoCollection<Document> companion;

        @Override
        public String name() {
            return "flat documents + _by_enterprise companion";
        }

        @Override
        public void open(MongoDatabase database) {
            entries = database.getCollection("entries");
            companion = database.getCollection("entries_by_enterprise");
        }

        @Override
        public int record(List<Event> batch) {
            List<WriteModel<Document>> companions = new ArrayList<>();
            List<WriteModel<Document>> documents = new ArrayList<>();
            for (Event event : batch) {
                companions.add(new UpdateOneModel<>(Filters.eq("_id", event.creditCode()),
                                                    Updates.addToSet("ids", event.factId()),
                                                    new UpdateOptions().upsert(true)));
                documents.add(new ReplaceOneModel<>(Filters.eq("_id", event.factId()), entry(event),
                                                    new ReplaceOptions().upsert(true)));
            }
            companion.bulkWrite(companions);
            entries.bulkWrite(documents);
            return companions.size() + documents.size();
        }

        @Override
        public int changeStatus(List<Event> batch) {
            List<WriteModel<Document>> documents = new ArrayList<>();
            for (Event event : batch) {
                documents.add(new UpdateOneModel<>(Filters.eq("_id", event.factId()),
                                                   Updates.set("status", event.status())));
            }
            entries.bulkWrite(documents);
            return documents.size();
        }

        @Override
        public List<Document> entriesOf(String creditCode) {
            Document ids = companion.find(Filters.eq("_id", creditCode)).first();
            return entries.find(Filters.in("_id", ids.getList("ids", String.class))).into(new ArrayList<>());
        }

        @Override
        public long countPending() {
            return entries.countDocuments(Filters.eq("status", "PENDING"));
        }
    }

    /**
     * One document per enterprise, its entries embedded. A status change rewrites the enterprise's document: the
     * embedded store uses its {@code _id} index only when {@code _id} is the whole filter, so a positional update
     * ({@code "entries.id": X}) would read the whole collection; the batch reads its enterprises' documents by
     * {@code _id} first, as a projection would.
     */
    private static final class EmbeddedLayout implements Layout {

        private MongoCollection<Document> files;

        @Override
        public String name() {
            return "one document per enterprise";
        }

        @Override
        public void open(MongoDatabase database) {
            files = database.getCollection("files");
        }

        @Override
        public int record(List<Event> batch) {
            Map<String, List<Document>> added = new HashMap<>();
            batch.forEach(event -> added.computeIfAbsent(event.creditCode(), code -> new ArrayList<>())
                                        .add(entry(event)));
            List<WriteModel<Document>> writes = new ArrayList<>();
            added.forEach((code, documents) -> writes.add(new UpdateOneModel<>(
                    Filters.eq("_id", code), Updates.pushEach("entries", documents), new UpdateOptions().upsert(true))));
            files.bulkWrite(writes);
            return writes.size();
        }

        @Override
        public int changeStatus(List<Event> batch) {
            Map<String, Document> changed = new HashMap<>();
            for (Event event : batch) {
                Document file = changed.computeIfAbsent(event.creditCode(),
                                                        code -> files.find(Filters.eq("_id", code)).first());
                file.getList("entries", Document.class).stream()
                    .filter(entry -> entry.getString("_id").equals(event.factId()))
                    .forEach(entry -> entry.put("status", event.status()));
            }
            List<WriteModel<Document>> writes = new ArrayList<>();
            changed.forEach((code, file) -> writes.add(new ReplaceOneModel<>(Filters.eq("_id", code), file)));
            files.bulkWrite(writes);
            return writes.size();
        }

        @Override
        public List<Document> entriesOf(String creditCode) {
            return files.find(Filters.eq("_id", creditCode)).first().getList("entries", Document.class);
        }

        @Override
        public long countPending() {
            long pending = 0;
            for (Document file : files.find(Filters.eq("entries.status", "PENDING"))) {
                pending += file.getList("entries", Document.class).stream()
                               .filter(entry -> "PENDING".equals(entry.getString("status"))).count();
            }
            return pending;
        }
    }
}
