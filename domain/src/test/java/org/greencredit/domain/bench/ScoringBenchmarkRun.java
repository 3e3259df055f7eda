package org.greencredit.domain.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ScoringBenchmark} with JMH in a forked JVM limited to one processor, one benchmark thread. Part of
 * the benchmark harness ({@code mvn -pl domain verify -Pbench}), never of the normal test run; the figures go to
 * {@code domain/target/benchmarks/scoring.txt} and {@code docs/benchmarks.md}. Target: 50,000 decisions/s.
 */
@Tag("benchmark")
class ScoringBenchmarkRun {

    @Test
    void run() throws Exception {
        Options options = new OptionsBuilder()
                .include(ScoringBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .jvmArgsAppend("-XX:ActiveProcessorCount=1")
                .warmupIterations(5)
                .warmupTime(TimeValue.seconds(5))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(5))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<String> lines = new ArrayList<>();
        for (RunResult result : results) {
            var score = result.getPrimaryResult();
            lines.add(String.format("%s: %.0f ± %.0f decisions/s (one core, 50 facts)",
                                    result.getParams().getBenchmark().replaceAll(".*\\.", ""),
                                    score.getScore(), score.getScoreError()));
        }
        Path out = Path.of("target", "benchmarks", "scoring.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }
}
