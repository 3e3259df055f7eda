package org.greencredit.app.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.admin.ProjectionRebuilds;
import org.greencredit.app.generator.DistrictGenerator;
import org.greencredit.app.generator.GeneratorSettings;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.DecisionHistory;
import org.greencredit.domain.creditfile.FactLedger;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.RecordedDecision;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.api.DraftIndicatorVersion;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.Movement;
import org.greencredit.domain.trial.TrialOutcome;
import org.greencredit.domain.trial.TrialPopulation;
import org.greencredit.domain.trial.TrialResult;
import org.greencredit.projections.trial.ResolvedFactsProjection;
import org.greencredit.projections.trial.TrialRunsProjection;
import org.greencredit.ui.trial.TrialDesk;
import org.greencredit.ui.trial.TrialDesk.RecordedTrial;
import org.greencredit.ui.trial.TrialDesk.TrialOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 试评价 end to end on a generated district: the published version tried against itself moves nobody and gives, for
 * every enterprise whose decision in force was made on the facts that count today, exactly that decision; a draft
 * that raises the threshold of B moves down exactly those between the old and the new threshold; a recorded run is
 * listed for its version, and rerunning it — also after the read model was rebuilt — gives its result hash.
 */
class TrialServiceTest {

    private static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);
    private static final Actor AUDITOR = new Actor("test-auditor", Role.AUDITOR, "纪检", null);

    @TempDir
    static Path dataDir;

    private static RunningApplication app;
    private static TrialDesk desk;

    @BeforeAll
    static void generate() {
        app = RunningApplication.startSimulated(dataDir, LocalDate.of(2024, 1, 2),
                                                "greencredit.reference-data.publish-shipped=false",
                                                "greencredit.deadlines.sweep-interval=PT1H");
        app.bean(ShippedReferenceData.class).publishIfAbsent();
        app.bean(DistrictGenerator.class).generate(new GeneratorSettings(60, 1, 20260117L, 2025), message -> { });
        String draft = DefaultIndicatorSystem.yaml().replace("version: \"2026.1\"", "version: \"2026.2\"")
                                             .replace("{code: B, minScore: 75", "{code: B, minScore: 80");
        app.send(new DraftIndicatorVersion(DefaultIndicatorSystem.SYSTEM, "2026.2", draft), ADMIN);
        app.awaitCaughtUp(ResolvedFactsProjection.PROCESSING_GROUP);
        desk = app.bean(TrialDesk.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void thePublishedVersionAgainstItselfMovesNobodyAndRepeatsTheRealDecisions() {
        Map<String, CreditFileState> files = files();
        GradeDecision sample = files.values().stream().flatMap(f -> f.inForce().stream()).findFirst().orElseThrow()
                                    .decision();

        TrialResult result = desk.run(new TrialOrder("2026.1", Baseline.VERSION, "2026.1", TrialPopulation.district(),
                                                     sample.periodFrom(), sample.periodTo(), sample.asOf()),
                                      ADMIN, (done, total) -> { }).result();

        assertThat(result.movers()).isEmpty();
        assertThat(result.population()).isEqualTo(files.size());
        Map<String, TrialOutcome> outcomes = result.outcomes().stream()
                .collect(Collectors.toMap(TrialOutcome::creditCode, o -> o));
        int compared = 0;
        for (Map.Entry<String, CreditFileState> file : files.entrySet()) {
            Optional<GradeDecision> real = file.getValue().inForce().map(RecordedDecision::decision);
            boolean sameInputs = real.isPresent()
                    && Set.copyOf(real.get().facts()).equals(Set.copyOf(file.getValue().ledger.resolved()))
                    && real.get().periodFrom().equals(sample.periodFrom()) && real.get().asOf().equals(sample.asOf());
            if (sameInputs) {
                TrialOutcome outcome = outcomes.get(file.getKey());
                assertThat(outcome.candidate().grade()).as(file.getKey()).isEqualTo(real.get().grade());
                assertThat(outcome.candidate().total()).as(file.getKey()).isEqualTo(real.get().total());
                assertThat(outcome.candidate().dimensions()).as(file.getKey()).isEqualTo(
                        real.get().dimensions().stream().collect(Collectors.toMap(d -> d.code(), d -> d.points())));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void aHigherThresholdForBMovesDownExactlyTheEnterprisesBetweenTheThresholds() {
        GradeDecision sample = files().values().stream().flatMap(f -> f.inForce().stream()).findFirst()
                                      .orElseThrow().decision();

        RecordedTrial trial = desk.run(new TrialOrder("2026.2", Baseline.VERSION, "2026.1", TrialPopulation.district(),
                                                      sample.periodFrom(), sample.periodTo(), sample.asOf()),
                                       AUDITOR, (done, total) -> { });

        List<String> expected = trial.result().outcomes().stream()
                .filter(o -> o.baseline().grade().equals("B") && o.baseline().total().doubleValue() < 80)
                .map(TrialOutcome::creditCode).toList();
        assertThat(expected).isNotEmpty();
        assertThat(trial.result().movers()).extracting(m -> m.creditCode()).containsExactlyElementsOf(expected);
        assertThat(trial.result().movers()).allMatch(m -> m.movement() == Movement.DOWN);
        app.awaitCaughtUp(TrialRunsProjection.PROCESSING_GROUP);
        assertThat(desk.runsOf("2026.2")).extracting(r -> r.trialRunId()).contains(trial.trialRunId());

        String hash = trial.result().resultHash();
        var recorded = desk.runsOf("2026.2").stream().filter(r -> r.trialRunId().equals(trial.trialRunId()))
                           .findFirst().orElseThrow();
        assertThat(recorded.resultHash()).isEqualTo(hash);
        assertThat(desk.rerun(recorded, ADMIN, (done, total) -> { }).resultHash()).isEqualTo(hash);

        ProjectionRebuilds rebuilds = app.bean(ProjectionRebuilds.class);
        rebuilds.rebuild(ResolvedFactsProjection.PROCESSING_GROUP, ADMIN);
        rebuilds.awaitRebuilt(ResolvedFactsProjection.PROCESSING_GROUP, Duration.ofMinutes(2));
        assertThat(desk.rerun(recorded, ADMIN, (done, total) -> { }).resultHash()).isEqualTo(hash);
    }

    @Test
    void refusalsStoreNothing() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        app.awaitCaughtUp(TrialRunsProjection.PROCESSING_GROUP);
        int before = desk.runsOf("2026.2").size();
        assertRefused(new TrialOrder("2099.9", Baseline.VERSION, "2026.1", TrialPopulation.district(), from, to, asOf),
                      ADMIN, "indicator.version.notFound");
        assertRefused(new TrialOrder("2026.2", Baseline.VERSION, "2026.1", TrialPopulation.batch("NO-SUCH-BATCH"),
                                     from, to, asOf), ADMIN, "trial.population.empty");
        assertRefused(new TrialOrder("2026.2", Baseline.VERSION, "2026.1", TrialPopulation.district(), to, from, asOf),
                      ADMIN, "date.beforeBoundary");
        for (Role role : new Role[] {Role.ASSESSOR, Role.REVIEWER, Role.ENTERPRISE, Role.PARTNER}) {
            assertRefused(new TrialOrder("2026.2", Baseline.VERSION, "2026.1", TrialPopulation.district(), from, to,
                                         asOf), new Actor("u", role, null, null), "actor.notPermitted");
        }
        app.awaitCaughtUp(TrialRunsProjection.PROCESSING_GROUP);
        assertThat(desk.runsOf("2026.2")).hasSize(before);
    }

    private static void assertRefused(TrialOrder order, Actor actor, String key) {
        assertThatThrownBy(() -> desk.run(order, actor, (done, total) -> { }))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }

    /**
     * Each credit file as its events tell it — facts resolved by the file's own ledger, decisions by its own
     * history — read straight from the event store, not from the read model the trial uses.
     */
    private static Map<String, CreditFileState> files() {
        Map<String, CreditFileState> files = new TreeMap<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = app.bean(EventStore.class).openStream(null)) {
            while (stream.hasNextAvailable()) {
                if (stream.nextAvailable() instanceof DomainEventMessage<?> event
                        && "EnterpriseCreditFile".equals(event.getType())) {
                    CreditFileState file = files.computeIfAbsent(event.getAggregateIdentifier(),
                                                                 code -> new CreditFileState());
                    file.ledger.applyEvent(event.getPayload());
                    if (event.getPayload() instanceof GradeDecided decided) {
                        file.decisions.add(decided);
                    }
                    if (event.getPayload() instanceof EnterpriseLeftScope) {
                        file.leftScope = true;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        files.values().removeIf(file -> file.leftScope);
        return files;
    }

    private static final class CreditFileState {
        final FactLedger ledger = new FactLedger();
        final List<GradeDecided> decisions = new ArrayList<>();
        boolean leftScope;

        Optional<RecordedDecision> inForce() {
            return DecisionHistory.of(decisions).inForce();
        }
    }
}
