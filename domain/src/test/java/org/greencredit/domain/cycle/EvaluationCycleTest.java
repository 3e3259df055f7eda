package org.greencredit.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.support.CreditFileFixtures.ASSESSOR;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.OTHER_CODE;
import static org.greencredit.domain.support.CreditFileFixtures.SHIPPED_CALENDAR;
import static org.greencredit.domain.support.CreditFileFixtures.SYSTEM;
import static org.greencredit.domain.support.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.common.SimulatedClock;
import org.greencredit.domain.cycle.api.CloseCycle;
import org.greencredit.domain.cycle.api.CloseDeclarationPhase;
import org.greencredit.domain.cycle.api.CloseDisclosurePhase;
import org.greencredit.domain.cycle.api.CloseVerificationPhase;
import org.greencredit.domain.cycle.api.CycleClosed;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.DisclosurePhaseClosed;
import org.greencredit.domain.cycle.api.EnterpriseExcludedFromCycle;
import org.greencredit.domain.cycle.api.ExcludeFromCycle;
import org.greencredit.domain.cycle.api.FinalGradesPublished;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.cycle.api.PublishFinalGrades;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.support.DefaultVersions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 评价周期: opening with the schedule counted in working days, and each phase closing in turn. */
class EvaluationCycleTest {

    private static final String CYCLE = "2026-TRIAL-1";
    private static final LocalDate OPENED_ON = LocalDate.of(2026, 3, 2);
    /** Counted by hand on the 2026 arrangement (see EvaluationFixtures). */
    private static final CycleSchedule SCHEDULE = new CycleSchedule(
            OPENED_ON, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 21), LocalDate.of(2026, 4, 22),
            LocalDate.of(2026, 5, 8));
    private static final List<String> BATCH = List.of(CODE, OTHER_CODE);

    private final SimulatedClock clock = new SimulatedClock(OPENED_ON);
    private FixtureConfiguration<EvaluationCycle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EvaluationCycle.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(new DefaultVersions());
        fixture.registerInjectableResource(SHIPPED_CALENDAR);
    }

    private static OpenCycle open(List<String> batch) {
        return new OpenCycle(CYCLE, 2026, "2026年度第一批试点", batch, DefaultIndicatorSystem.SYSTEM,
                             DefaultIndicatorSystem.VERSION);
    }

    private static CycleOpened opened() {
        return new CycleOpened(CYCLE, 2026, "2026年度第一批试点", BATCH, LocalDate.of(2025, 1, 1),
                               LocalDate.of(2025, 12, 31), DefaultIndicatorSystem.SYSTEM,
                               DefaultIndicatorSystem.VERSION, DefaultVersions.HASH, SCHEDULE);
    }

    @Test
    void anOfficerOpensACycleAndItsDatesFollowFromTheVersionAndTheCalendar() {
        fixture.givenNoPriorActivity()
               .when(open(BATCH), OFFICER)
               .expectEvents(opened());
    }

    @Test
    void refusesABadCycle() {
        refused(fixture.givenNoPriorActivity(), open(BATCH), ASSESSOR, "actor.notPermitted [ASSESSOR]");
        refused(fixture.given(opened()), open(BATCH), OFFICER, "cycle.alreadyOpen [" + CYCLE + "]");
        refused(fixture.givenNoPriorActivity(), open(List.of()), OFFICER, "cycle.batch.empty");
        refused(fixture.givenNoPriorActivity(), open(List.of(CODE, CODE)), OFFICER,
                "cycle.batch.duplicate [" + CODE + "]");
        refused(fixture.givenNoPriorActivity(), open(List.of(CODE, "91110112MA00000010")), OFFICER,
                "creditCode.invalid [91110112MA00000010]");
        refused(fixture.givenNoPriorActivity(),
                new OpenCycle(CYCLE, 2026, " ", BATCH, DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION),
                OFFICER, "text.required [field.cycleName]");
        refused(fixture.givenNoPriorActivity(),
                new OpenCycle(CYCLE, 2027, "试点", BATCH, DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION),
                OFFICER, "cycle.year.invalid [2027, 2026]");
        refused(fixture.givenNoPriorActivity(),
                new OpenCycle(CYCLE, 2026, "试点", BATCH, DefaultIndicatorSystem.SYSTEM, "2099.1"), OFFICER,
                "indicator.version.notPublished [2099.1]");
    }

    @Test
    void aCycleIdIsUpperCaseLettersDigitsAndHyphens() {
        refused(fixture.givenNoPriorActivity(),
                new OpenCycle("2026 trial", 2026, "试点", BATCH, DefaultIndicatorSystem.SYSTEM,
                              DefaultIndicatorSystem.VERSION), OFFICER, "cycle.id.invalid [2026 trial]");
    }

    @Test
    void aCycleWhoseDeadlinesFallInAnUnknownYearIsRefused() {
        clock.moveTo(LocalDate.of(2026, 12, 14));
        refused(fixture.givenNoPriorActivity(), open(BATCH), OFFICER, "calendar.yearUnknown [2027]");
    }

    @Test
    void phasesCloseTheDayAfterTheirDeadlinesInTurn() {
        clock.moveTo(SCHEDULE.declarationDeadline());
        refused(fixture.given(opened()), new CloseDeclarationPhase(CYCLE), SYSTEM,
                "deadline.notPassed [" + SCHEDULE.declarationDeadline() + "]");
        clock.moveTo(SCHEDULE.declarationDeadline().plusDays(1));
        DeclarationPhaseClosed declarationsClosed = new DeclarationPhaseClosed(CYCLE, BATCH, LocalDate.of(2026, 3, 24));
        fixture.given(opened()).when(new CloseDeclarationPhase(CYCLE), SYSTEM).expectEvents(declarationsClosed);
        refused(fixture.given(opened(), declarationsClosed), new CloseDeclarationPhase(CYCLE), SYSTEM,
                "cycle.phase.wrong [" + CYCLE + ", cyclePhase.VERIFICATION, cyclePhase.DECLARATION]");

        clock.moveTo(LocalDate.of(2026, 4, 22));
        VerificationPhaseClosed verificationClosed = new VerificationPhaseClosed(
                CYCLE, BATCH, SCHEDULE.verificationDeadline(), SCHEDULE.disclosureStart(), SCHEDULE.disclosureEnd());
        fixture.given(opened(), declarationsClosed).when(new CloseVerificationPhase(CYCLE), SYSTEM)
               .expectEvents(verificationClosed);

        clock.moveTo(LocalDate.of(2026, 5, 11));
        DisclosurePhaseClosed disclosureClosed = new DisclosurePhaseClosed(CYCLE, BATCH, LocalDate.of(2026, 5, 11));
        fixture.given(opened(), declarationsClosed, verificationClosed).when(new CloseDisclosurePhase(CYCLE), SYSTEM)
               .expectEvents(disclosureClosed);

        clock.moveTo(LocalDate.of(2026, 5, 15));
        refused(fixture.given(opened(), declarationsClosed, verificationClosed, disclosureClosed),
                new PublishFinalGrades(CYCLE), SYSTEM, "actor.notPermitted [SYSTEM]");
        FinalGradesPublished published = new FinalGradesPublished(CYCLE, BATCH, LocalDate.of(2026, 5, 15));
        fixture.given(opened(), declarationsClosed, verificationClosed, disclosureClosed)
               .when(new PublishFinalGrades(CYCLE), OFFICER).expectEvents(published);
        refused(fixture.given(opened(), declarationsClosed, verificationClosed),
                new PublishFinalGrades(CYCLE), OFFICER, "cycle.phase.wrong [" + CYCLE + ", cyclePhase.DISCLOSURE, cyclePhase.REVIEW]");

        fixture.given(opened(), declarationsClosed, verificationClosed, disclosureClosed, published)
               .when(new CloseCycle(CYCLE), OFFICER).expectEvents(new CycleClosed(CYCLE, LocalDate.of(2026, 5, 15)));
        refused(fixture.given(opened(), declarationsClosed, verificationClosed, disclosureClosed),
                new CloseCycle(CYCLE), OFFICER,
                "cycle.phase.wrong [" + CYCLE + ", cyclePhase.REVIEW, cyclePhase.PUBLISHED]");
    }

    @Test
    void verificationAndDisclosureDoNotCloseBeforeTheirLastDayHasPassed() {
        DeclarationPhaseClosed declarationsClosed = new DeclarationPhaseClosed(CYCLE, BATCH, LocalDate.of(2026, 3, 24));
        clock.moveTo(SCHEDULE.verificationDeadline());
        refused(fixture.given(opened(), declarationsClosed), new CloseVerificationPhase(CYCLE), SYSTEM,
                "deadline.notPassed [" + SCHEDULE.verificationDeadline() + "]");
        VerificationPhaseClosed verificationClosed = new VerificationPhaseClosed(
                CYCLE, BATCH, SCHEDULE.verificationDeadline(), SCHEDULE.disclosureStart(), SCHEDULE.disclosureEnd());
        clock.moveTo(SCHEDULE.disclosureEnd());
        refused(fixture.given(opened(), declarationsClosed, verificationClosed), new CloseDisclosurePhase(CYCLE),
                SYSTEM, "deadline.notPassed [" + SCHEDULE.disclosureEnd() + "]");
        refused(fixture.given(opened(), declarationsClosed, verificationClosed), new CloseDisclosurePhase(CYCLE),
                ASSESSOR, "actor.notPermitted [ASSESSOR]");
    }

    @Test
    void aLateVerificationCloseMovesDisclosureToStartOnTheNextWorkingDay() {
        // the sweep ran late, on Saturday 2 May (劳动节): disclosure starts on Wednesday 6 May and runs 10 working
        // days, Saturday 9 May (调休) included, to Monday 18 May
        clock.moveTo(LocalDate.of(2026, 5, 2));
        DeclarationPhaseClosed declarationsClosed = new DeclarationPhaseClosed(CYCLE, BATCH, LocalDate.of(2026, 3, 24));
        fixture.given(opened(), declarationsClosed).when(new CloseVerificationPhase(CYCLE), SYSTEM)
               .expectEvents(new VerificationPhaseClosed(CYCLE, BATCH, SCHEDULE.verificationDeadline(),
                                                         LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 18)));
    }

    @Test
    void anEnterpriseThatCannotTakePartIsExcludedOnceAndLeavesLaterPhases() {
        EnterpriseExcludedFromCycle excluded = new EnterpriseExcludedFromCycle(CYCLE, OTHER_CODE, "creditFile.notFound");
        fixture.given(opened())
               .when(new ExcludeFromCycle(CYCLE, OTHER_CODE, "creditFile.notFound"), SYSTEM)
               .expectEvents(excluded);
        fixture.given(opened(), excluded)
               .when(new ExcludeFromCycle(CYCLE, OTHER_CODE, "creditFile.notFound"), SYSTEM)
               .expectNoEvents();
        clock.moveTo(LocalDate.of(2026, 3, 24));
        fixture.given(opened(), excluded).when(new CloseDeclarationPhase(CYCLE), SYSTEM)
               .expectEvents(new DeclarationPhaseClosed(CYCLE, List.of(CODE), LocalDate.of(2026, 3, 24)));
        refused(fixture.given(opened()), new ExcludeFromCycle(CYCLE, OTHER_CODE, "x"), OFFICER,
                "actor.notPermitted [OFFICER]");
    }

    @Test
    void theScheduleIsCountedInWorkingDays() {
        assertThat(CycleSchedule.plan(OPENED_ON, DefaultVersions.ENGINE.system().evaluation(),
                                      SHIPPED_CALENDAR.workingDays())).isEqualTo(SCHEDULE);
    }
}
