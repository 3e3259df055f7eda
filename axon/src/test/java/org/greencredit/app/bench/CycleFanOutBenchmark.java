package org.greencredit.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.greencredit.app.cycle.CycleFanOut;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.common.SimulatedClock;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.cycle.api.PublishFinalGrades;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cycle over a large batch: how long the officer waits for {@code OpenCycle} (the cycle's own event only), how
 * long the fan-out takes to open every evaluation, and then to close declarations, grade and disclose, close
 * disclosure and publish for every enterprise. Run with
 * {@code mvn -pl axon verify -Pbench -Dtest=CycleFanOutBenchmark [-Dbench.enterprises=3000]}.
 */
@Tag("benchmark")
class CycleFanOutBenchmark {

    @TempDir
    Path dataDir;

    @Test
    void measure() throws Exception {
        int enterprises = Integer.getInteger("bench.enterprises", 3_000);
        List<String> report = new ArrayList<>();
        report.add("cycle over " + enterprises + " enterprises without facts, embedded default");
        try (RunningApplication app = RunningApplication.startSimulated(
                dataDir, LocalDate.of(2026, 3, 2), "greencredit.reference-data.publish-shipped=false",
                "greencredit.deadlines.sweep-interval=PT1H")) {
            SimulatedClock clock = app.clock();
            app.bean(ShippedReferenceData.class).publishIfAbsent();
            List<String> batch = IntStream.rangeClosed(1, enterprises).mapToObj(TestCreditCodes::code).toList();
            long start = System.nanoTime();
            IntStream.rangeClosed(1, enterprises).forEach(n -> app.send(TestEnterprises.registration(n, "企业" + n)));
            report.add(line("register", start, enterprises));

            start = System.nanoTime();
            app.send(new OpenCycle("2026-BENCH", 2026, "基准", batch, DefaultIndicatorSystem.SYSTEM,
                                   DefaultIndicatorSystem.VERSION));
            report.add(String.format("OpenCycle answered in %d ms", (System.nanoTime() - start) / 1_000_000));
            app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
            report.add(line("open every evaluation (fan-out)", start, enterprises));

            report.add(phase(app, clock, LocalDate.of(2026, 3, 24), "close declarations", enterprises));
            report.add(phase(app, clock, LocalDate.of(2026, 4, 22), "grade and disclose", enterprises));
            report.add(phase(app, clock, LocalDate.of(2026, 5, 11), "close disclosure", enterprises));
            clock.moveTo(LocalDate.of(2026, 5, 12));
            start = System.nanoTime();
            app.send(new PublishFinalGrades("2026-BENCH"));
            app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
            report.add(line("publish", start, enterprises));
        }
        Path out = Path.of("target", "benchmarks", "cycle-fan-out.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static String phase(RunningApplication app, SimulatedClock clock, LocalDate day, String what,
                                int enterprises) {
        clock.moveTo(day);
        app.awaitCaughtUp(DeadlinesProjection.PROCESSING_GROUP);
        long start = System.nanoTime();
        app.bean(DeadlineSweeper.class).sweep();
        app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
        return line(what, start, enterprises);
    }

    private static String line(String what, long startNanos, int enterprises) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return String.format("%s: %d ms, %.1f enterprises/s", what, millis, enterprises * 1000.0 / Math.max(1, millis));
    }
}
