package org.greencredit.domain.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.RandomFacts;
import org.greencredit.domain.scoring.ScoringEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Decisions per second for one credit file of 50 facts, with the shipped indicator system. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

    private ScoringEngine engine;
    private List<ResolvedFact> facts;

    @Setup
    public void prepare() {
        engine = ScoringEngine.of(DefaultIndicatorSystem.definition());
        facts = new RandomFacts(42).some(50);
    }

    @Benchmark
    public GradeDecision decide() {
        return engine.score(facts, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 1));
    }

    @Benchmark
    public String decideAndSerialize() {
        return decide().canonicalJson();
    }
}
