package org.greencredit.projections.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.DrawInputs;
import org.greencredit.domain.inspection.DrawInspector;
import org.greencredit.domain.inspection.DrawResult;
import org.greencredit.domain.inspection.DrawnInspection;
import org.greencredit.domain.inspection.InspectionDraw;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.TierPopulation;
import org.greencredit.domain.inspection.TierRule;
import org.greencredit.domain.inspection.api.InspectionResultRecorded;
import org.greencredit.domain.inspection.api.InspectionViolationLinked;
import org.greencredit.domain.inspection.api.InspectionsDrawn;
import org.greencredit.domain.inspection.api.InspectionsRedrawn;
import org.greencredit.projections.CrashBetweenWrites;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InspectionPlansProjectionTest {

    private static final Instant AT = Instant.parse("2026-01-05T02:00:00Z");
    private static final LocalDate ON = LocalDate.of(2026, 1, 5);
    private static final String PERIOD = "2026-Q1";
    private static final String STREAM = "inspection-plan:2026-Q1";
    private static final DrawInputs INPUTS = new DrawInputs(
            PERIOD, "TZ-GREEN-CREDIT", "2026.1", "h",
            List.of(new TierRule("POSITIVE_LIST", BigDecimal.ZERO, 0, true),
                    new TierRule("KEY", new BigDecimal("0.5"), 2, false)),
            List.of(new TierPopulation("POSITIVE_LIST", List.of("A1", "A2")),
                    new TierPopulation("KEY", List.of("D1", "D2", "D3", "D4"))),
            List.of(new DrawInspector("i1", List.of()), new DrawInspector("i2", List.of()),
                    new DrawInspector("i3", List.of())),
            List.of(), List.of(), 0, List.of());
    private static final DrawResult FIRST = InspectionDraw.draw(INPUTS, "one");
    private static final DrawResult SECOND = InspectionDraw.draw(INPUTS, "two");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new InspectionPlansProjection(mongo.database()));
    }

    private void publish(Object event) {
        harness.publish("InspectionPlan", STREAM, event, AT, MetaData.emptyInstance());
    }

    private void drawnAndRedrawnWithAResult() {
        publish(new InspectionsDrawn(PERIOD, PERIOD + "#1", "one", INPUTS, InspectionDraw.inputHash(INPUTS), FIRST,
                                     ON, AT, "officer"));
        publish(new InspectionsRedrawn(PERIOD, PERIOD + "#2", PERIOD + "#1", "名录未同步", "two", INPUTS,
                                       InspectionDraw.inputHash(INPUTS), SECOND, ON, AT, "officer"));
        String code = SECOND.inspections().get(0).creditCode();
        publish(new InspectionResultRecorded(PERIOD, PERIOD + "#2", code, InspectionOutcome.PROBLEM_FOUND, ON, null,
                                             "废水超标", null, ON, "officer", null));
        publish(new InspectionViolationLinked(PERIOD, PERIOD + "#2", code, "fact-1", ON, "officer"));
    }

    @Test
    void aPlanKeepsEveryDrawAndListsTheEnterprisesOfTheOneInForce() {
        drawnAndRedrawnWithAResult();

        InspectionPlanSummary plan = harness.query(new FindInspectionPlan(PERIOD), InspectionPlanSummary.class);
        assertThat(plan.drawInForce()).isEqualTo(PERIOD + "#2");
        assertThat(plan.draws()).extracting(DrawSummary::drawId, DrawSummary::supersededBy, DrawSummary::reason)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(PERIOD + "#1", PERIOD + "#2", null),
                                                 org.assertj.core.groups.Tuple.tuple(PERIOD + "#2", null, "名录未同步"));
        assertThat(plan.entries()).hasSize(2 + 2).allMatch(entry -> entry.drawId().equals(PERIOD + "#2"));
        assertThat(plan.entries()).filteredOn(entry -> entry.basis() == DrawBasis.OFF_SITE)
                                  .extracting(InspectionEntry::creditCode).containsExactly("A1", "A2");
        InspectionEntry first = plan.entries().stream().filter(entry -> entry.outcome() != null).findFirst().orElseThrow();
        assertThat(first.violationFactId()).isEqualTo("fact-1");
        assertThat(harness.query(new FindInspectionPlan("2026-Q2"), InspectionPlanSummary.class)).isNull();
        assertThat(harness.query(new FindInspectionPlans(), InspectionPlanList.class).plans()).singleElement()
                .satisfies(summary -> assertThat(summary.entries()).isEmpty());
    }

    @Test
    void anInspectorSeesTheirInspectionsAndThePublicNoInspectors() {
        drawnAndRedrawnWithAResult();
        DrawnInspection drawn = SECOND.inspections().get(0);

        assertThat(harness.query(new FindInspectionsOfInspector(drawn.inspectorIds().get(0)), InspectionEntries.class)
                          .entries()).extracting(InspectionEntry::creditCode).contains(drawn.creditCode());
        PublishedInspections published = harness.query(new FindPublishedInspections(PERIOD), PublishedInspections.class);
        assertThat(published.seed()).isEqualTo("two");
        assertThat(published.inspections()).hasSize(4).extracting(PublishedInspection::creditCode)
                                           .contains("A1", drawn.creditCode());
        assertThat(harness.query(new FindInspectedSince(ON), InspectedEnterprises.class).creditCodes())
                .containsExactly(drawn.creditCode());
        assertThat(harness.query(new FindInspectedSince(ON.plusDays(1)), InspectedEnterprises.class).creditCodes())
                .isEmpty();
    }

    @Test
    void aProblemFoundWithoutAViolationIsOfferedForLinkingUntilOneIsLinked() {
        publish(new InspectionsDrawn(PERIOD, PERIOD + "#1", "one", INPUTS, InspectionDraw.inputHash(INPUTS), FIRST,
                                     ON, AT, "officer"));
        String problem = FIRST.inspections().get(0).creditCode();
        String clean = FIRST.inspections().get(1).creditCode();
        publish(new InspectionResultRecorded(PERIOD, PERIOD + "#1", problem, InspectionOutcome.PROBLEM_FOUND, ON, null,
                                             "废水超标", null, ON, "officer", null));
        publish(new InspectionResultRecorded(PERIOD, PERIOD + "#1", clean, InspectionOutcome.NO_PROBLEM, ON, null,
                                             null, null, ON, "officer", null));

        assertThat(harness.query(new FindUnlinkedProblems(problem), InspectionEntries.class).entries())
                .singleElement().extracting(InspectionEntry::period, InspectionEntry::outcome)
                .containsExactly(PERIOD, InspectionOutcome.PROBLEM_FOUND);
        assertThat(harness.query(new FindUnlinkedProblems(clean), InspectionEntries.class).entries()).isEmpty();
        assertThat(harness.query(new FindUnlinkedProblems("A1"), InspectionEntries.class).entries()).isEmpty();
        assertThat(harness.query(new FindPublishedInspections(PERIOD), PublishedInspections.class).inspections())
                .filteredOn(row -> row.creditCode().equals(problem)).singleElement()
                .extracting(PublishedInspection::violationRecorded).isEqualTo(false);

        publish(new InspectionViolationLinked(PERIOD, PERIOD + "#1", problem, "fact-9", ON, "officer"));

        assertThat(harness.query(new FindUnlinkedProblems(problem), InspectionEntries.class).entries()).isEmpty();
        assertThat(harness.query(new FindPublishedInspections(PERIOD), PublishedInspections.class).inspections())
                .filteredOn(row -> row.creditCode().equals(problem)).singleElement()
                .extracting(PublishedInspection::violationRecorded).isEqualTo(true);
    }

    @Test
    void deliveringEventsAgainChangesNothingAndResetEmpties() {
        drawnAndRedrawnWithAResult();
        InspectionPlanSummary before = harness.query(new FindInspectionPlan(PERIOD), InspectionPlanSummary.class);
        harness.published().forEach(harness::redeliver);

        assertThat(harness.query(new FindInspectionPlan(PERIOD), InspectionPlanSummary.class)).isEqualTo(before);
        harness.reset();
        assertThat(harness.query(new FindInspectionPlan(PERIOD), InspectionPlanSummary.class)).isNull();
    }

    @Test
    void aCrashBetweenWritesConverges() {
        drawnAndRedrawnWithAResult();
        new CrashBetweenWrites(mongo, InspectionPlansProjection::new).assertConverges(harness.published());
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        drawnAndRedrawnWithAResult();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, InspectionPlansProjection::new);
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }
}
