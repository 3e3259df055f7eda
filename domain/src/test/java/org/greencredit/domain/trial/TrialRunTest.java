package org.greencredit.domain.trial;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.domain.support.Refusals;
import org.greencredit.domain.trial.api.RecordTrialRun;
import org.greencredit.domain.trial.api.TrialRunRecorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording a 试评价 run: by an administrator, officer or auditor, of versions in the catalog; refusals store nothing. */
class TrialRunTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final ScoringEngine PUBLISHED = TrialEvaluationTest.PUBLISHED;
    private static final ScoringEngine DRAFT = TrialEvaluationTest.B_FROM_80;
    private static final String SYSTEM = PUBLISHED.system().system();
    private static final String RESULT = "a".repeat(64);
    private static final String INPUT = "b".repeat(64);
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    private static final IndicatorVersions CATALOG = new IndicatorVersions() {
        @Override
        public Optional<ScoringEngine> published(String system, String version) {
            return Optional.empty();
        }

        @Override
        public Optional<ScoringEngine> version(String system, String versionHash) {
            if (!SYSTEM.equals(system)) {
                return Optional.empty();
            }
            return PUBLISHED.versionHash().equals(versionHash) ? Optional.of(PUBLISHED)
                    : DRAFT.versionHash().equals(versionHash) ? Optional.of(DRAFT) : Optional.empty();
        }
    };

    private FixtureConfiguration<TrialRun> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TrialRun.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(CATALOG);
    }

    private static RecordTrialRun command(String draftHash, Baseline baseline, String baselineHash, int size,
                                          LocalDate asOf, String resultHash) {
        return new RecordTrialRun("trial-1", SYSTEM, "2026.2", draftHash, baseline,
                                  baselineHash == null ? null : "2026.1", baselineHash, TrialPopulation.district(), size,
                                  INPUT, FROM, TO, asOf, resultHash, 1, 4);
    }

    private static RecordTrialRun valid() {
        return command(DRAFT.versionHash(), Baseline.VERSION, PUBLISHED.versionHash(), 8, AS_OF, RESULT);
    }

    private static Map<String, Object> as(Role role) {
        return new Actor("u-" + role, role, "信息中心", null).asMetaData();
    }

    private void refused(Object command, Map<String, ?> actor, String message) {
        Refusals.refused(fixture.givenNoPriorActivity(), command, actor, message);
    }

    @Test
    void anAdministratorOfficerOrAuditorRecordsATrialRun() {
        for (Role role : new Role[] {Role.ADMIN, Role.OFFICER, Role.AUDITOR}) {
            fixture.givenNoPriorActivity().when(valid(), as(role)).expectSuccessfulHandlerExecution()
                   .expectEvents(new TrialRunRecorded("trial-1", SYSTEM, "2026.2", DRAFT.versionHash(),
                                                      Baseline.VERSION, "2026.1", PUBLISHED.versionHash(),
                                                      TrialPopulation.district(), 8, INPUT, FROM, TO, AS_OF, RESULT,
                                                      1, 4, LocalDate.of(2026, 3, 1)));
        }
    }

    @Test
    void aTrialAgainstTheGradesInForceNamesNoBaselineVersion() {
        fixture.givenNoPriorActivity()
               .when(command(DRAFT.versionHash(), Baseline.IN_FORCE, null, 8, AS_OF, RESULT), as(Role.OFFICER))
               .expectSuccessfulHandlerExecution();
        refused(command(DRAFT.versionHash(), Baseline.IN_FORCE, PUBLISHED.versionHash(), 8, AS_OF, RESULT),
                as(Role.OFFICER), "trial.baseline.inForceHasNoVersion");
    }

    @Test
    void otherRolesAreRefused() {
        for (Role role : new Role[] {Role.ASSESSOR, Role.REVIEWER, Role.ENTERPRISE, Role.PARTNER, Role.SYSTEM,
                                     Role.SOURCE_SYSTEM, Role.INSPECTOR}) {
            refused(valid(), as(role), "actor.notPermitted [" + role + "]");
        }
    }

    @Test
    void aVersionOutsideTheCatalogIsRefused() {
        refused(command("c".repeat(64), Baseline.VERSION, PUBLISHED.versionHash(), 8, AS_OF, RESULT),
                as(Role.ADMIN), "indicator.version.notFound [2026.2]");
        refused(command(PUBLISHED.versionHash(), Baseline.VERSION, PUBLISHED.versionHash(), 8, AS_OF, RESULT),
                as(Role.ADMIN), "indicator.version.notFound [2026.2]");
        refused(command(DRAFT.versionHash(), Baseline.VERSION, null, 8, AS_OF, RESULT), as(Role.ADMIN),
                "indicator.version.notFound [null]");
    }

    @Test
    void anEmptyPopulationABadPeriodOrABadHashIsRefused() {
        refused(command(DRAFT.versionHash(), Baseline.VERSION, PUBLISHED.versionHash(), 0, AS_OF, RESULT),
                as(Role.ADMIN), "trial.population.empty");
        refused(command(DRAFT.versionHash(), Baseline.VERSION, PUBLISHED.versionHash(), 8, null, RESULT),
                as(Role.ADMIN), "date.required [field.asOf]");
        refused(command(DRAFT.versionHash(), Baseline.VERSION, PUBLISHED.versionHash(), 8, AS_OF, "not-a-hash"),
                as(Role.ADMIN), "trial.hash.invalid");
        refused(new RecordTrialRun("trial-1", SYSTEM, "2026.2", DRAFT.versionHash(), Baseline.VERSION, "2026.1",
                                   PUBLISHED.versionHash(), TrialPopulation.district(), 8, INPUT, TO, FROM, AS_OF,
                                   RESULT, 0, 0),
                as(Role.ADMIN), "date.beforeBoundary [field.periodTo, 2025-01-01, field.periodFrom, 2025-12-31]");
        refused(new RecordTrialRun("trial-1", SYSTEM, "2026.2", DRAFT.versionHash(), Baseline.VERSION, "2026.1",
                                   PUBLISHED.versionHash(), null, 8, INPUT, FROM, TO, AS_OF, RESULT, 0, 0),
                as(Role.ADMIN), "trial.population.required");
        refused(new RecordTrialRun("trial-1", SYSTEM, "2026.2", DRAFT.versionHash(), Baseline.VERSION, "2026.1",
                                   PUBLISHED.versionHash(), TrialPopulation.district(), 8, INPUT, FROM, TO, AS_OF,
                                   RESULT, 5, 4),
                as(Role.ADMIN), "trial.movers.invalid [5, 4, 8]");
    }
}
