package org.greencredit.domain.inspection;

import static org.greencredit.domain.inspection.DrawFixtures.district;
import static org.greencredit.domain.support.Refusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.dataerror.CreditFileFacts;
import org.greencredit.domain.dataerror.FileFacts;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.inspection.api.DrawInspections;
import org.greencredit.domain.inspection.api.InspectionResultRecorded;
import org.greencredit.domain.inspection.api.InspectionViolationLinked;
import org.greencredit.domain.inspection.api.InspectionsDrawn;
import org.greencredit.domain.inspection.api.InspectionsRedrawn;
import org.greencredit.domain.inspection.api.LinkInspectionViolation;
import org.greencredit.domain.inspection.api.RecordInspectionResult;
import org.greencredit.domain.inspection.api.RedrawInspections;
import org.junit.jupiter.api.Test;

/** An inspection plan's life: drawn once, re-drawn only with a reason, results by an officer or a drawn inspector. */
class InspectionPlanTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    private static final String PERIOD = "2026-Q1";
    private static final String PLAN = "inspection-plan:2026-Q1";
    private static final String FACT = "3f2a1c8e-5b7d-4e09-9a61-2c4d8e7f1a0b";
    private static final Map<String, Object> OFFICER = Actor.officer("officer-zhang", "执法大队").asMetaData();
    private static final Map<String, Object> ASSESSOR = Actor.assessor("assessor-li", "评价机构").asMetaData();
    private static final DrawInputs INPUTS = district(PERIOD);
    private static final DrawResult RESULT = InspectionDraw.draw(INPUTS, "seed-1");
    private static final DrawnInspection FIRST = RESULT.inspections().get(0);
    /** An assessor account linked to the first drawn enterprise's first inspector, one linked to no pair. */
    private static final Map<String, Object> PAIRED = new Actor("inspector-a", Role.ASSESSOR, null, null).asMetaData();
    private static final Map<String, Object> UNPAIRED = new Actor("inspector-b", Role.ASSESSOR, null, null).asMetaData();

    /** A fresh fixture for every given–when: a fixture serves one aggregate id. */
    private static FixtureConfiguration<InspectionPlan> fixture() {
        FixtureConfiguration<InspectionPlan> fixture = new AggregateTestFixture<>(InspectionPlan.class);
        fixture.registerInjectableResource(CLOCK);
        String other = INPUTS.inspectors().stream().map(DrawInspector::inspectorId)
                             .filter(id -> !FIRST.inspectorIds().contains(id)).findFirst().orElseThrow();
        fixture.registerInjectableResource((InspectorIdentities) actor -> switch (actor.id()) {
            case "inspector-a" -> Optional.of(FIRST.inspectorIds().get(0));
            case "inspector-b" -> Optional.of(other);
            default -> Optional.empty();
        });
        FileFacts file = new FileFacts().apply(new FactRecorded(
                FIRST.creditCode(), FACT, FactType.VIOLATION, LocalDate.of(2026, 1, 4), FactSource.ENFORCEMENT,
                Evidence.of("京通环罚〔2026〕1号"), FactAttributes.empty(), null, null), 3);
        fixture.registerInjectableResource((CreditFileFacts) code -> code.equals(FIRST.creditCode())
                ? Optional.of(file) : Optional.empty());
        return fixture;
    }

    private static InspectionsDrawn drawn() {
        return new InspectionsDrawn(PERIOD, PERIOD + "#1", "seed-1", INPUTS, InspectionDraw.inputHash(INPUTS), RESULT,
                                    TODAY, CLOCK.instant(), "officer-zhang");
    }

    private static RecordInspectionResult noProblem(String code) {
        return new RecordInspectionResult(PERIOD, code, InspectionOutcome.NO_PROBLEM, TODAY, null, null, null);
    }

    private static InspectionResultRecorded recorded(String code, InspectionOutcome outcome, String factId,
                                                     String note, String correction, String by, String inspector) {
        return new InspectionResultRecorded(PERIOD, PERIOD + "#1", code, outcome,
                                            outcome == InspectionOutcome.NOT_INSPECTED ? null : TODAY, factId, note,
                                            correction, TODAY, by, inspector);
    }

    @Test
    void anOfficerDrawsAPeriodWithTheRecordedSeedInputsAndHash() {
        fixture().givenNoPriorActivity().when(new DrawInspections(PERIOD, "seed-1", INPUTS), OFFICER)
               .expectEvents(drawn());
    }

    @Test
    void drawingAPeriodTwiceIsRefused() {
        refused(fixture().given(drawn()), new DrawInspections(PERIOD, "seed-2", INPUTS), OFFICER,
                "inspection.alreadyDrawn [2026-Q1]");
    }

    @Test
    void onlyAnOfficerDraws() {
        refused(fixture().givenNoPriorActivity(), new DrawInspections(PERIOD, "s", INPUTS), ASSESSOR,
                "actor.notPermitted [ASSESSOR]");
    }

    @Test
    void anUnknownPeriodFormIsRefused() {
        refused(fixture().givenNoPriorActivity(), new DrawInspections("2026-Q5", "s", INPUTS), OFFICER,
                "inspection.period.invalid [2026-Q5]");
        refused(fixture().givenNoPriorActivity(), new DrawInspections("2026/4", "s", INPUTS), OFFICER,
                "inspection.period.invalid [2026/4]");
    }

    @Test
    void inputsOfAnotherPeriodAndABadSeedAreRefused() {
        refused(fixture().givenNoPriorActivity(), new DrawInspections("2026-Q2", "s", INPUTS), OFFICER,
                "inspection.inputs.otherPeriod [2026-Q2, 2026-Q1]");
        refused(fixture().givenNoPriorActivity(), new DrawInspections(PERIOD, " ", INPUTS), OFFICER,
                "inspection.seed.invalid [128]");
    }

    @Test
    void tooFewInspectorsIsRefused() {
        DrawInputs oneInspector = DrawFixtures.inputs(PERIOD, INPUTS.population(), DrawFixtures.inspectors(1));
        refused(fixture().givenNoPriorActivity(), new DrawInspections(PERIOD, "seed-1", oneInspector), OFFICER,
                "inspection.inspectors.insufficient [" + FIRST.creditCode() + ", 1]");
    }

    @Test
    void aRedrawWithAReasonKeepsTheFirstAndIsInForce() {
        fixture().given(drawn())
               .when(new RedrawInspections(PERIOD, "seed-2", INPUTS, " 抽取时名录未同步 "), OFFICER)
               .expectEvents(new InspectionsRedrawn(PERIOD, PERIOD + "#2", PERIOD + "#1", "抽取时名录未同步", "seed-2",
                                                    INPUTS, InspectionDraw.inputHash(INPUTS),
                                                    InspectionDraw.draw(INPUTS, "seed-2"), TODAY, CLOCK.instant(),
                                                    "officer-zhang"));
    }

    @Test
    void aRedrawWithoutReasonIsRefused() {
        refused(fixture().given(drawn()), new RedrawInspections(PERIOD, "seed-2", INPUTS, "  "), OFFICER,
                "inspection.redraw.reasonRequired");
    }

    @Test
    void aRedrawAfterAResultIsRefused() {
        refused(fixture().given(drawn(), recorded(FIRST.creditCode(), InspectionOutcome.NO_PROBLEM, null, null, null,
                                                "officer-zhang", null)),
                new RedrawInspections(PERIOD, "seed-2", INPUTS, "重抽"), OFFICER,
                "inspection.redraw.resultsRecorded [2026-Q1, 1]");
    }

    @Test
    void anOfficerRecordsAResult() {
        fixture().given(drawn()).when(noProblem(FIRST.creditCode()), OFFICER)
               .expectEvents(recorded(FIRST.creditCode(), InspectionOutcome.NO_PROBLEM, null, null, null,
                                      "officer-zhang", null));
    }

    @Test
    void anOffSiteCheckOfThePositiveListTakesAResultToo() {
        fixture().given(drawn()).when(noProblem("A-0003"), OFFICER)
               .expectEvents(recorded("A-0003", InspectionOutcome.NO_PROBLEM, null, null, null, "officer-zhang", null));
    }

    @Test
    void oneOfTheTwoDrawnInspectorsRecordsAResultWithTheViolationItProduced() {
        fixture().given(drawn())
               .when(new RecordInspectionResult(PERIOD, FIRST.creditCode(), InspectionOutcome.PROBLEM_FOUND, TODAY,
                                                FACT, "废气超标", null), PAIRED)
               .expectEvents(recorded(FIRST.creditCode(), InspectionOutcome.PROBLEM_FOUND, FACT, "废气超标", null,
                                      "inspector-a", FIRST.inspectorIds().get(0)));
    }

    @Test
    void anInspectorNotDrawnForTheEnterpriseAndAnotherRoleAreRefused() {
        refused(fixture().given(drawn()), noProblem(FIRST.creditCode()), UNPAIRED,
                "inspection.result.notDrawnInspector [" + INPUTS.inspectors().stream().map(DrawInspector::inspectorId)
                        .filter(id -> !FIRST.inspectorIds().contains(id)).findFirst().orElseThrow()
                + ", " + FIRST.creditCode() + "]");
        refused(fixture().given(drawn()), noProblem(FIRST.creditCode()), ASSESSOR, "actor.notPermitted [ASSESSOR]");
    }

    @Test
    void aResultForAnEnterpriseNotDrawnIsRefused() {
        String notDrawn = INPUTS.population().stream().filter(tier -> tier.tier().equals("REDUCED"))
                                .flatMap(tier -> tier.creditCodes().stream())
                                .filter(code -> RESULT.inspections().stream()
                                                      .noneMatch(i -> i.creditCode().equals(code)))
                                .findFirst().orElseThrow();
        refused(fixture().given(drawn()), noProblem(notDrawn), OFFICER,
                "inspection.result.notDrawn [" + notDrawn + ", " + PLAN + "]");
    }

    @Test
    void aSecondResultIsRefusedUnlessItIsACorrectionWithAReason() {
        InspectionResultRecorded first = recorded(FIRST.creditCode(), InspectionOutcome.NO_PROBLEM, null, null, null,
                                                  "officer-zhang", null);
        refused(fixture().given(drawn(), first), noProblem(FIRST.creditCode()), OFFICER,
                "inspection.result.alreadyRecorded [" + FIRST.creditCode() + "]");
        fixture().given(drawn(), first)
               .when(new RecordInspectionResult(PERIOD, FIRST.creditCode(), InspectionOutcome.PROBLEM_FOUND, TODAY,
                                                null, null, "录入错误"), OFFICER)
               .expectEvents(recorded(FIRST.creditCode(), InspectionOutcome.PROBLEM_FOUND, null, null, "录入错误",
                                      "officer-zhang", null));
        refused(fixture().given(drawn()), new RecordInspectionResult(PERIOD, FIRST.creditCode(),
                                                                   InspectionOutcome.NO_PROBLEM, TODAY, null, null,
                                                                   "录入错误"), OFFICER,
                "inspection.result.nothingToCorrect [" + FIRST.creditCode() + "]");
    }

    @Test
    void notInspectedNeedsAReasonAndNoDate() {
        String code = FIRST.creditCode();
        refused(fixture().given(drawn()), new RecordInspectionResult(PERIOD, code, InspectionOutcome.NOT_INSPECTED,
                                                                   null, null, null, null), OFFICER,
                "inspection.result.reasonRequired");
        refused(fixture().given(drawn()), new RecordInspectionResult(PERIOD, code, InspectionOutcome.NOT_INSPECTED,
                                                                   TODAY, null, "已停产", null), OFFICER,
                "inspection.result.notInspectedHasNoDetails");
        fixture().given(drawn())
               .when(new RecordInspectionResult(PERIOD, code, InspectionOutcome.NOT_INSPECTED, null, null, "已停产",
                                                null), OFFICER)
               .expectEvents(recorded(code, InspectionOutcome.NOT_INSPECTED, null, "已停产", null, "officer-zhang",
                                      null));
    }

    @Test
    void theInspectionDateMustBeGivenNotInTheFutureNorBeforeTheDraw() {
        String code = FIRST.creditCode();
        refused(fixture().given(drawn()), new RecordInspectionResult(PERIOD, code, InspectionOutcome.NO_PROBLEM, null,
                                                                   null, null, null), OFFICER,
                "inspection.result.dateRequired");
        refused(fixture().given(drawn()), new RecordInspectionResult(PERIOD, code, InspectionOutcome.NO_PROBLEM,
                                                                   TODAY.plusDays(1), null, null, null), OFFICER,
                "inspection.result.dateInFuture [2026-01-06, 2026-01-05]");
        refused(fixture().given(drawn()), new RecordInspectionResult(PERIOD, code, InspectionOutcome.NO_PROBLEM,
                                                                   TODAY.minusDays(1), null, null, null), OFFICER,
                "inspection.result.dateBeforeDraw [2026-01-04, 2026-01-05]");
        refused(fixture().given(drawn()), new RecordInspectionResult(PERIOD, code, null, TODAY, null, null, null),
                OFFICER, "inspection.result.outcomeRequired");
    }

    @Test
    void aViolationMustBeAViolationOfTheEnterpriseAndOnlyForAProblemFound() {
        String code = FIRST.creditCode();
        refused(fixture().given(drawn()), new RecordInspectionResult(PERIOD, code, InspectionOutcome.NO_PROBLEM, TODAY,
                                                                   FACT, null, null), OFFICER,
                "inspection.result.violationNotExpected");
        refused(fixture().given(drawn()), new RecordInspectionResult(PERIOD, code, InspectionOutcome.PROBLEM_FOUND,
                                                                   TODAY, "no-such-fact", null, null), OFFICER,
                "inspection.violation.unknown [no-such-fact, " + code + "]");
    }

    @Test
    void theViolationIsLinkedLaterOnceRecorded() {
        String code = FIRST.creditCode();
        InspectionResultRecorded problem = recorded(code, InspectionOutcome.PROBLEM_FOUND, null, null, null,
                                                    "officer-zhang", null);
        fixture().given(drawn(), problem).when(new LinkInspectionViolation(PERIOD, code, FACT), OFFICER)
               .expectEvents(new InspectionViolationLinked(PERIOD, PERIOD + "#1", code, FACT, TODAY, "officer-zhang"));
        refused(fixture().given(drawn(), problem, new InspectionViolationLinked(PERIOD, PERIOD + "#1", code, FACT,
                                                                              TODAY, "officer-zhang")),
                new LinkInspectionViolation(PERIOD, code, FACT), OFFICER,
                "inspection.violation.alreadyLinked [" + code + ", " + FACT + "]");
        refused(fixture().given(drawn(), recorded(code, InspectionOutcome.NO_PROBLEM, null, null, null, "officer-zhang",
                                                null)),
                new LinkInspectionViolation(PERIOD, code, FACT), OFFICER,
                "inspection.result.notProblemFound [" + code + "]");
    }

    @Test
    void aRedrawReplacesTheEnterprisesThatMayTakeResults() {
        DrawResult second = InspectionDraw.draw(INPUTS, "seed-2");
        String droppedOut = RESULT.inspections().stream().map(DrawnInspection::creditCode)
                                  .filter(code -> second.inspections().stream()
                                                        .noneMatch(i -> i.creditCode().equals(code)))
                                  .findFirst().orElseThrow();
        refused(fixture().given(drawn(), new InspectionsRedrawn(PERIOD, PERIOD + "#2", PERIOD + "#1", "重抽", "seed-2",
                                                              INPUTS, InspectionDraw.inputHash(INPUTS), second, TODAY,
                                                              CLOCK.instant(), "officer-zhang")),
                noProblem(droppedOut), OFFICER, "inspection.result.notDrawn [" + droppedOut + ", " + PLAN + "]");
    }

    @Test
    void longTextIsRefused() {
        refused(fixture().given(drawn()), new RedrawInspections(PERIOD, "s", INPUTS, "理".repeat(501)), OFFICER,
                "inspection.text.tooLong [500]");
    }
}
