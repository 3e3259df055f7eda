package org.greencredit.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.projections.directory.EnterpriseDirectoryProjection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage figures of the embedded default for docs/benchmarks.md: command append rate, event-store size per event,
 * replay rate, and growth of the data directory while idle. Run with {@code mvn -pl axon -am verify -Pbench};
 * {@code -Dbench.events=N} and {@code -Dbench.idleSeconds=S} change the sizes.
 */
@Tag("benchmark")
class StorageBenchmark {

    @TempDir
    Path dataDir;

    @Test
    void measure() throws Exception {
        int events = Integer.getInteger("bench.events", 20_000);
        int idleSeconds = Integer.getInteger("bench.idleSeconds", 300);
        List<String> report = new ArrayList<>();
        report.add("events: " + events);

        try (RunningApplication app = RunningApplication.start(dataDir)) {
            long sequentialCount = events / 4;
            long start = System.nanoTime();
            for (int i = 0; i < sequentialCount; i++) {
                app.send(TestEnterprises.registration(i, "基准企业" + i));
            }
            report.add(rate("append, 1 sender", sequentialCount, System.nanoTime() - start));

            ExecutorService senders = Executors.newFixedThreadPool(4);
            start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                int offset = s;
                done.add(senders.submit(() -> {
                    for (long i = sequentialCount + offset; i < events; i += 4) {
                        app.send(TestEnterprises.registration((int) i, "基准企业" + i));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            senders.shutdown();
            report.add(rate("append, 4 senders", events - sequentialCount, System.nanoTime() - start));
            app.awaitCaughtUp(EnterpriseDirectoryProjection.PROCESSING_GROUP);
            report.add(size("event store while running", dataDir.resolve("events"), events));
            report.add(size("read-model store while running", dataDir.resolve("readmodels"), events));

            PooledStreamingEventProcessor directory = app.bean(EventProcessingConfiguration.class)
                    .eventProcessor(EnterpriseDirectoryProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class)
                    .orElseThrow();
            directory.shutDown();
            directory.resetTokens();
            start = System.nanoTime();
            directory.start();
            app.awaitCaughtUp(EnterpriseDirectoryProjection.PROCESSING_GROUP);
            report.add(rate("replay of enterprise-directory", events, System.nanoTime() - start));

            long eventsBefore = bytes(dataDir.resolve("events"));
            long readModelsBefore = bytes(dataDir.resolve("readmodels"));
            Thread.sleep(Duration.ofSeconds(idleSeconds).toMillis());
            report.add(String.format("idle %d s: event store %+d bytes, read-model store %+d bytes", idleSeconds,
                                     bytes(dataDir.resolve("events")) - eventsBefore,
                                     bytes(dataDir.resolve("readmodels")) - readModelsBefore));
        }
        report.add(size("event store after clean shutdown", dataDir.resolve("events"), events));
        report.add(size("read-model store after clean shutdown", dataDir.resolve("readmodels"), events));

        long start = System.nanoTime();
        try (RunningApplication restarted = RunningApplication.start(dataDir)) {
            report.add(String.format("restart on %d events: %.1f s", events, (System.nanoTime() - start) / 1e9));
        }
        write(report);
    }

    private static String rate(String what, long count, long nanos) {
        return String.format("%s: %d events in %.1f s = %.0f events/s", what, count, nanos / 1e9, count / (nanos / 1e9));
    }

    private static String size(String what, Path directory, long events) {
        long bytes = bytes(directory);
        return String.format("%s: %.1f MB = %.0f bytes/event", what, bytes / 1e6, (double) bytes / events);
    }

    private static long bytes(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(List<String> report) throws IOException {
        Path out = Path.of("target", "benchmarks", "storage.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }
}
