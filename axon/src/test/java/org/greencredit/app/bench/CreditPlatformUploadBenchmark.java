package org.greencredit.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.upload.PlatformUploadDesk;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.cycle.CycleSchedule;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.FinalGradesPublished;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.domain.upload.UploadKind;
import org.greencredit.domain.upload.api.ResultsUploadProduced;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full credit-platform upload of a published cycle of N enterprises (default 10,000; target ≤ 10 s). The read
 * models are seeded by appending the events a published cycle leaves — per enterprise its registration, evaluation
 * opened and FINAL decision; the cycle's opening and publication — straight to the event store and letting the real
 * projections process them: the same documents the procedure would leave, without running every phase's commands
 * (which docs/benchmarks.md measures elsewhere). Run with
 * {@code mvn -pl axon -am verify -Pbench -Dtest=CreditPlatformUploadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbench.enterprises=10000]}.
 */
@Tag("benchmark")
class CreditPlatformUploadBenchmark {

    private static final String CYCLE = "2026-BENCH";
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dataDir;

    @Test
    void measure() throws Exception {
        int enterprises = Integer.getInteger("bench.enterprises", 10_000);
        List<String> report = new ArrayList<>();
        report.add("full credit-platform upload of a published cycle of " + enterprises + " enterprises, embedded default");
        try (RunningApplication app = RunningApplication.startSimulated(
                dataDir, PUBLISHED.plusDays(1), "greencredit.reference-data.publish-shipped=false",
                "greencredit.deadlines.sweep-interval=PT1H")) {
            app.bean(ShippedReferenceData.class).publishIfAbsent();
            ScoringEngine engine = app.bean(IndicatorVersions.class)
                                      .published(DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION)
                                      .orElseThrow();
            GradeDecision decision = engine.score(List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                                                  LocalDate.of(2026, 4, 21));
            List<String> codes = IntStream.rangeClosed(1, enterprises).mapToObj(TestCreditCodes::code).toList();
            EventStore store = app.bean(EventStore.class);
            long start = System.nanoTime();
            List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
            for (String code : codes) {
                batch.add(new GenericDomainEventMessage<>("EnterpriseCreditFile", code, 0,
                                                          TestEnterprises.registered(code)));
                batch.add(new GenericDomainEventMessage<>("EnterpriseCreditFile", code, 1, new EvaluationOpened(
                        code, CYCLE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                        DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION, engine.versionHash(),
                        LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 21))));
                batch.add(new GenericDomainEventMessage<>("EnterpriseCreditFile", code, 2, new GradeDecided(
                        code, code + "-final", DecisionKind.FINAL, CYCLE, PUBLISHED, decision, null,
                        new DecisionTrigger(DecisionTrigger.PUBLICATION, CYCLE))));
                if (batch.size() >= 3_000) {
                    store.publish(batch);
                    batch.clear();
                }
            }
            store.publish(batch);
            // the cycle last: its fan-out then finds every evaluation already open and leaves it
            store.publish(List.of(
                    new GenericDomainEventMessage<>("EvaluationCycle", CYCLE, 0, new CycleOpened(
                            CYCLE, 2026, "基准", codes, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                            DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION, engine.versionHash(),
                            new CycleSchedule(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23),
                                              LocalDate.of(2026, 4, 21), LocalDate.of(2026, 4, 22),
                                              LocalDate.of(2026, 5, 8)))),
                    new GenericDomainEventMessage<>("EvaluationCycle", CYCLE, 1,
                                                    new FinalGradesPublished(CYCLE, codes, PUBLISHED))));
            report.add(line("append " + (3 * enterprises + 2) + " events", start));
            start = System.nanoTime();
            app.awaitCaughtUp("evaluations", Duration.ofMinutes(30));
            app.awaitCaughtUp("decisions", Duration.ofMinutes(30));
            app.awaitCaughtUp("cycles", Duration.ofMinutes(30));
            report.add(line("projections caught up (evaluations, decisions, cycles)", start));

            PlatformUploadDesk desk = app.bean(PlatformUploadDesk.class);
            Actor officer = Actor.officer("bench-officer", "执法大队");
            for (int run = 1; run <= 2; run++) {
                start = System.nanoTime();
                ResultsUploadProduced upload = desk.produce(CYCLE, UploadKind.FULL, officer);
                report.add(line("full upload #" + run + ": " + upload.rows() + " rows, files "
                                + upload.files().stream().map(f -> f.format() + " " + f.sizeBytes() / 1024 + " KiB")
                                        .toList(), start));
                assertThat(upload.rows()).isEqualTo(enterprises);
            }
        }
        Path out = Path.of("target", "benchmarks", "credit-platform-upload.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static String line(String what, long startNanos) {
        return String.format("%s: %.2f s", what, (System.nanoTime() - startNanos) / 1e9);
    }
}
