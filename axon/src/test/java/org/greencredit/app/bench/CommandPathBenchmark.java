package org.greencredit.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command path of the embedded default for docs/benchmarks.md (issue 18: at least 1,000 commands/s with 8
 * concurrent senders): registrations, which create a credit file, then facts recorded on existing files, which
 * load the file from its snapshot and events first — the common case of an import or of a cycle's fan-out. Each
 * kind is sent by 1 sender and then by 8. Run with {@code mvn -o -B -pl axon -am verify -Pbench
 * -Dtest=CommandPathBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}; {@code -Dbench.commands=N}
 * changes how many commands each of the four measurements sends (default 4,000).
 */
@Tag("benchmark")
class CommandPathBenchmark {

    private static final int SENDERS = 8;

    @TempDir
    Path dataDir;

    @Test
    void measure() throws Exception {
        int commands = Integer.getInteger("bench.commands", 4_000);
        List<String> report = new ArrayList<>();
        report.add("commands per measurement: " + commands);
        try (RunningApplication app = RunningApplication.start(dataDir)) {
            warmUp(app);
            int[] next = {1_000};
            IntFunction<Object> registration = i -> TestEnterprises.registration(next[0] + i, "基准企业" + i);
            report.add(measure(app, "register, 1 sender", 1, commands, registration));
            next[0] += commands;
            report.add(measure(app, "register, " + SENDERS + " senders", SENDERS, commands, registration));
            int registered = 2 * commands;
            IntFunction<Object> fact = i -> fact(TestCreditCodes.code(1_000 + (i * 7919) % registered));
            report.add(measure(app, "record a fact on an existing file, 1 sender", 1, commands, fact));
            report.add(measure(app, "record a fact on an existing file, " + SENDERS + " senders", SENDERS, commands,
                               fact));
            report.add(String.format("events stored: %d", app.storedEvents()));
        }
        Path out = Path.of("target", "benchmarks", "command-path.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static void warmUp(RunningApplication app) {
        for (int i = 0; i < 200; i++) {
            app.send(TestEnterprises.registration(i, "预热企业" + i));
            app.send(fact(TestCreditCodes.code(i)));
        }
    }

    private static RecordFact fact(String creditCode) {
        return new RecordFact(creditCode, UUID.randomUUID().toString(), FactType.TAX, LocalDate.of(2025, 3, 1),
                              FactSource.TAX, Evidence.of("税务通知"), FactAttributes.of("status", "PAID"));
    }

    private static String measure(RunningApplication app, String what, int senders, int commands,
                                  IntFunction<Object> command) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                int offset = s;
                done.add(pool.submit(() -> {
                    for (int i = offset; i < commands; i += senders) {
                        app.send(command.apply(i));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("%s: %d commands in %.1f s = %.0f commands/s (load average %s)", what, commands,
                             seconds, commands / seconds, loadAverage());
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
