package org.greencredit.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * How long a command on a credit file with a long history takes, with and without snapshots: the file is loaded
 * (snapshot plus newer events, or every event), the command refused, nothing stored. Run with
 * {@code mvn -pl axon verify -Pbench}; {@code -Dbench.facts=N} sets the history length.
 */
@Tag("benchmark")
class CreditFileLoadBenchmark {

    private static final int TRIES = 50;

    @TempDir
    Path workDir;

    @Test
    void measure() throws Exception {
        int facts = Integer.getInteger("bench.facts", 3_000);
        List<String> report = new ArrayList<>();
        report.add("credit file with " + (facts + 1) + " events, " + TRIES + " loads each");
        report.add(measure("snapshot every 100 events", 100, facts));
        report.add(measure("no snapshots", Integer.MAX_VALUE, facts));
        Path out = Path.of("target", "benchmarks", "creditfile-load.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private String measure(String label, int snapshotEvery, int facts) {
        Path dataDir = workDir.resolve(label.replace(' ', '-'));
        try (RunningApplication app = RunningApplication.start(dataDir,
                                                               "greencredit.snapshots.credit-file-every=" + snapshotEvery)) {
            app.send(TestEnterprises.registration(1, "长历史企业"));
            RecordFact first = null;
            long appendStart = System.nanoTime();
            for (int i = 0; i < facts; i++) {
                RecordFact tax = new RecordFact(TestCreditCodes.code(1), UUID.randomUUID().toString(), FactType.TAX,
                                                LocalDate.of(2012, 1, 1).plusDays(i % 4000), FactSource.TAX,
                                                Evidence.of("税务通知 " + i), FactAttributes.of("status", "PAID"));
                app.send(tax);
                first = first == null ? tax : first;
            }
            double appendSeconds = (System.nanoTime() - appendStart) / 1e9;
            long[] nanos = new long[TRIES];
            for (int t = 0; t < TRIES; t++) {
                long start = System.nanoTime();
                try {
                    app.send(first);
                    throw new IllegalStateException("a duplicate fact id was accepted");
                } catch (org.axonframework.commandhandling.CommandExecutionException refusedAsExpected) {
                    nanos[t] = System.nanoTime() - start;
                }
            }
            java.util.Arrays.sort(nanos);
            return String.format("%s: load+handle median %.1f ms, p90 %.1f ms (appending the history: %.0f events/s)",
                                 label, nanos[TRIES / 2] / 1e6, nanos[TRIES * 9 / 10] / 1e6, facts / appendSeconds);
        }
    }
}
