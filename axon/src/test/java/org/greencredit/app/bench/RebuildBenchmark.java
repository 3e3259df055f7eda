package org.greencredit.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.greencredit.app.admin.ProjectionProgress;
import org.greencredit.app.admin.ProjectionRebuilds;
import org.greencredit.app.support.CollectionFingerprint;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 重建读模型 at district scale: generates {@code -Dbench.enterprises} enterprises (default 1,000) with two years of
 * facts and both annual cycles through the command path (the generator of {@code generate} and
 * {@code GeneratedDistrictAuditTest}, seed 42) — or starts on {@code -Dbench.dataDir=DIR}, a stopped data
 * directory, which it writes into — then rebuilds every projection at once (reset, replay, caught up) under a
 * flight recording, as an administrator does. Reports the events per second over the whole rebuild, when each
 * projection had caught up, the CPU time the rebuild took (and the CPU other processes took meanwhile, on a shared
 * machine), and from the recording where the CPU went (libraries, thread pools, hottest methods);
 * every read-model collection must have the same content hash after the rebuild as before. Run with
 * {@code mvn -o -B -pl axon -am test -Pbench -Dtest=RebuildBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * output in {@code target/benchmarks/rebuild.txt}, the recording in {@code target/benchmarks/rebuild.jfr}.
 */
@Tag("benchmark")
class RebuildBenchmark {

    private static final Actor ADMIN = new Actor("bench-admin", Role.ADMIN, "信息中心", null);
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("de.bwaldvogel.mongo.", "embedded Mongo server");
        LIBRARIES.put("org.h2.mvstore.", "H2 MVStore");
        LIBRARIES.put("java.io.ObjectOutputStream", "Java serialization (writing)");
        LIBRARIES.put("java.io.ObjectInputStream", "Java serialization (reading)");
        LIBRARIES.put("org.hsqldb.", "HSQLDB (event store)");
        LIBRARIES.put("com.mongodb.", "Mongo driver");
        LIBRARIES.put("org.bson.", "BSON");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson (events)");
        LIBRARIES.put("org.axonframework.", "Axon");
        LIBRARIES.put("org.greencredit.projections.", "projections");
        LIBRARIES.put("org.greencredit.domain.", "domain");
    }

    @TempDir
    Path scratch;

    @Test
    void measure() throws Exception {
        int enterprises = Integer.getInteger("bench.enterprises", 1_000);
        Path dataDir = System.getProperty("bench.dataDir") != null
                ? Path.of(System.getProperty("bench.dataDir")) : scratch;
        List<String> report = new ArrayList<>();
        try (RunningApplication app = System.getProperty("bench.dataDir") != null
                ? RunningApplication.start(dataDir, "greencredit.deadlines.sweep-interval=PT1H")
                : BenchDistrict.generated(dataDir, enterprises, report)) {
            ProjectionRebuilds rebuilds = app.bean(ProjectionRebuilds.class);
            rebuilds.projections().forEach(projection -> app.awaitCaughtUp(projection, Duration.ofMinutes(30)));
            long events = app.storedEvents();
            MongoDatabase database = app.bean(MongoDatabase.class);
            Map<String, String> before = fingerprints(database);

            Path recording = Path.of("target", "benchmarks", "rebuild.jfr").toAbsolutePath();
            Files.createDirectories(recording.getParent());
            Map<String, Duration> caughtUp = new TreeMap<>();
            OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            Instant started;
            Instant finished;
            long cpu;
            double machine;
            try (Recording flight = new Recording(Configuration.getConfiguration("profile"))) {
                flight.start();
                started = Instant.now();
                cpu = system.getProcessCpuTime();
                machine = busyCpuSeconds();
                rebuilds.rebuildAll(ADMIN);
                awaitAll(rebuilds, started, caughtUp);
                finished = Instant.now();
                cpu = system.getProcessCpuTime() - cpu;
                machine = busyCpuSeconds() - machine;
                flight.stop();
                flight.dump(recording);
            }
            Duration took = Duration.between(started, finished);
            assertThat(fingerprints(database)).as("read models after the rebuild").isEqualTo(before);

            report.add(String.format(Locale.ROOT, "rebuild of all %d projections over %,d events: %.1f s, %,.0f events/s",
                                     caughtUp.size(), events, took.toMillis() / 1000.0,
                                     events / Math.max(took.toMillis() / 1000.0, 0.001)));
            report.add(String.format(Locale.ROOT, "  CPU time of this JVM: %.1f s on %d cores (%.0f ms per 1,000 events);"
                                                  + " other processes on the machine meanwhile: %.1f s", cpu / 1e9,
                                     system.getAvailableProcessors(), cpu / 1e6 / events * 1000,
                                     Math.max(0, machine - cpu / 1e9)));
            report.add("  content hashes identical before and after in " + before.size() + " collections: "
                       + String.join(", ", before.keySet()));
            report.add("  each projection caught up after (s):");
            caughtUp.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> report.add(
                    String.format(Locale.ROOT, "    %6.1f  %s", entry.getValue().toMillis() / 1000.0, entry.getKey())));
            report.addAll(new CpuProfile(LIBRARIES, RebuildBenchmark::pool).between(
                    recording, started, finished, "during the rebuild", 12, 20));
        }
        BenchDistrict.write("rebuild.txt", report);
    }

    /**
     * CPU seconds the whole machine has been busy since it booted, from {@code /proc/stat} (Linux): user, nice,
     * system, irq, softirq and steal, in ticks of 1/100 s (guest time is already in user).
     */
    private static double busyCpuSeconds() throws IOException {
        String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(ticks[field]);
        }
        return busy / 100.0;
    }

    /** Waits until every projection has replayed to the store's head, noting when each got there. */
    private static void awaitAll(ProjectionRebuilds rebuilds, Instant started, Map<String, Duration> caughtUp)
            throws InterruptedException {
        Instant deadline = started.plus(Duration.ofHours(1));
        while (caughtUp.size() < rebuilds.projections().size()) {
            for (ProjectionProgress progress : rebuilds.progress()) {
                if (!caughtUp.containsKey(progress.projection()) && !progress.replaying() && progress.caughtUp()
                    && progress.position() >= progress.head()) {
                    caughtUp.put(progress.projection(), Duration.between(started, Instant.now()));
                }
                assertThat(progress.error()).as(progress.projection()).isNull();
            }
            assertThat(Instant.now()).as("rebuild within an hour").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** Every collection the projections write, by content hash. */
    private static Map<String, String> fingerprints(MongoDatabase database) {
        Map<String, String> fingerprints = new TreeMap<>();
        for (String collection : database.listCollectionNames()) {
            fingerprints.put(collection, CollectionFingerprint.of(database.getCollection(collection)));
        }
        fingerprints.keySet().removeIf(RebuildBenchmark::notAReadModel);
        return fingerprints;
    }

    /** Collections the rebuild does not write: tokens, sagas, the records of what was sent and done. */
    private static boolean notAReadModel(String collection) {
        return collection.startsWith("tracking") || collection.startsWith("notification")
               || collection.startsWith("webhook") || collection.startsWith("fan_out") || collection.contains("saga")
               || collection.startsWith("user") || collection.startsWith("read_model_layouts")
               || collection.startsWith("sign_in") || collection.startsWith("partner_request");
    }

    /** A worker thread's pool: the processor's name without the thread number. */
    private static String pool(String thread) {
        return thread.replaceAll("-\\d+$", "");
    }
}
