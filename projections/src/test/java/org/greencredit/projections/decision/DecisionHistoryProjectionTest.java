package org.greencredit.projections.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.projections.ShippedVersions.decided;
import static org.greencredit.projections.ShippedVersions.decision;
import static org.greencredit.projections.ShippedVersions.decisionId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.ShippedVersions;
import org.greencredit.projections.creditfile.CreditFileEntriesProjection;
import org.greencredit.projections.CrashBetweenWrites;
import org.greencredit.projections.support.EnterpriseLookup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DecisionHistoryProjectionTest {

    private static final Instant AT = Instant.parse("2026-05-12T02:00:00Z");
    private static final String CODE = "91110112MA00000010";

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private ProjectionHarness harness;

    /** How the projection finds an enterprise's documents; a subclass runs every test the other way. */
    EnterpriseLookup lookup() {
        return EnterpriseLookup.COMPANION;
    }

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new DecisionHistoryProjection(mongo.database(), lookup(), new ShippedVersions()));
    }

    /** PRELIMINARY C on 04-22, FINAL C on 05-12, REPAIR B on 06-12 and, the same day, DYNAMIC D. */
    private List<Object> history() {
        var serious = ShippedVersions.seriousViolation("v");
        return List.of(
                harness.publish(CODE, decided(CODE, 1, DecisionKind.PRELIMINARY, LocalDate.of(2026, 4, 22),
                                              decision(serious)), AT),
                harness.publish(CODE, decided(CODE, 2, DecisionKind.FINAL, LocalDate.of(2026, 5, 12),
                                              decision(serious)), AT),
                harness.publish(CODE, decided(CODE, 3, DecisionKind.REPAIR, LocalDate.of(2026, 6, 12), decision()),
                                AT),
                harness.publish(CODE, decided(CODE, 4, DecisionKind.DYNAMIC, LocalDate.of(2026, 6, 12),
                                              decision(ShippedVersions.falsifiedData("d"))), AT));
    }

    @Test
    void eachDecisionInForceHoldsUntilTheNextOne() {
        history();

        List<DecisionSummary> decisions = harness.query(new FindDecisionHistory(CODE), DecisionHistorySummary.class)
                                                 .decisions();
        assertThat(decisions).extracting(DecisionSummary::kind)
                             .containsExactly("PRELIMINARY", "FINAL", "REPAIR", "DYNAMIC");
        assertThat(decisions.get(0).inForce()).isFalse();
        assertThat(decisions.get(0).validFrom()).isNull();
        assertThat(decisions.get(1).validFrom()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(decisions.get(1).validTo()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(decisions.get(3).validTo()).isNull();
        assertThat(decisions.get(1).total()).isEqualByComparingTo("70.0");

        assertThat(asOf("2026-05-11")).isNull();
        assertThat(asOf("2026-05-12").kind()).isEqualTo("FINAL");
        assertThat(asOf("2026-06-11").grade()).isEqualTo("C");
        assertThat(asOf("2026-06-12").kind()).isEqualTo("DYNAMIC");
        assertThat(asOf("2027-01-01").grade()).isEqualTo("D");
    }

    @Test
    void theResultOfEachEnterpriseOfACycleIsItsLatestDecisionInForce_TwiceDeliveredOrNot() {
        String other = "91110112MA00000029";
        List<Object> messages = new java.util.ArrayList<>(history());
        messages.add(harness.publish(other, decided(other, 1, DecisionKind.PRELIMINARY, LocalDate.of(2026, 4, 22),
                                                    decision()), AT));
        String unpublished = "91110112MA0000003X";
        messages.add(harness.publish(unpublished, decided(unpublished, 1, DecisionKind.PRELIMINARY,
                                                          LocalDate.of(2026, 4, 22), decision()), AT));
        messages.add(harness.publish(other, decided(other, 2, DecisionKind.FINAL, LocalDate.of(2026, 5, 12),
                                                    decision()), AT));
        messages.forEach(message -> harness.redeliver(
                (org.axonframework.eventhandling.GenericDomainEventMessage<Object>) message));

        List<DecisionSummary> results = harness.query(new FindResultsInForceOfCycle(ShippedVersions.CYCLE),
                                                      CycleResults.class).decisions();

        assertThat(results).extracting(DecisionSummary::creditCode).containsExactly(CODE, other);
        assertThat(results).extracting(DecisionSummary::kind).containsExactly("DYNAMIC", "FINAL");
        assertThat(results).extracting(DecisionSummary::grade).containsExactly("D", "B");
        assertThat(results.get(1).validFrom()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(harness.query(new FindResultsInForceOfCycle("OTHER-CYCLE"), CycleResults.class).decisions())
                .isEmpty();
    }

    @Test
    void deliveringEventsAgainChangesNothing() {
        List<Object> messages = history();
        List<Document> before = all();

        messages.forEach(message -> harness.redeliver(
                (org.axonframework.eventhandling.GenericDomainEventMessage<Object>) message));

        assertThat(all()).isEqualTo(before);
    }

    @Test
    void aDecisionIsExplainedAndComparedInEitherLanguage() {
        history();

        DecisionRecord record = harness.query(new FindDecision(decisionId(CODE, 2)), DecisionRecord.class);
        assertThat(record.decision().grade()).isEqualTo("C");
        assertThat(harness.query(new ExplainDecision(decisionId(CODE, 2), "zh-CN"), Explanation.class).sentences())
                .isNotEmpty().anyMatch(sentence -> sentence.contains("70.0"));
        assertThat(harness.query(new ExplainDecision(decisionId(CODE, 2), "en"), Explanation.class).sentences())
                .anyMatch(sentence -> sentence.contains("C02"));
        assertThat(harness.query(new ExplainDecision("nope", "en"), Explanation.class).sentences()).isEmpty();
    }

    @Test
    void aComparisonNamesAFactTheCreditFileSaysWasRevoked() {
        history();
        ProjectionHarness entries = new ProjectionHarness(new CreditFileEntriesProjection(mongo.database(), lookup()));
        entries.publish(CODE, new FactRecorded(CODE, "v", ShippedVersions.seriousViolation("v").type(),
                                               LocalDate.of(2025, 3, 10), FactSource.ENFORCEMENT, Evidence.of("罚"),
                                               ShippedVersions.seriousViolation("v").attributes()), AT);
        entries.publish(CODE, new ViolationCorrected(CODE, "v", CorrectionOutcome.REVOKED, LocalDate.of(2026, 6, 1),
                                                     Evidence.of("复议"), FactAttributes.empty()), AT);

        List<String> zh = harness.query(new CompareDecisions(decisionId(CODE, 2), decisionId(CODE, 3), "zh-CN"),
                                        Explanation.class).sentences();
        List<String> en = harness.query(new CompareDecisions(decisionId(CODE, 2), decisionId(CODE, 3), "en"),
                                        Explanation.class).sentences();

        assertThat(zh).anyMatch(sentence -> sentence.contains("撤销"));
        assertThat(en).anyMatch(sentence -> sentence.toLowerCase().contains("revoked"));
    }

    @Test
    void resetEmptiesTheCollection() {
        history();
        harness.reset();
        assertThat(all()).isEmpty();
    }

    private DecisionSummary asOf(String day) {
        return harness.query(new FindGradeAsOf(CODE, LocalDate.parse(day)), DecisionSummary.class);
    }

    private List<Document> all() {
        return mongo.database().getCollection(DecisionHistoryProjection.COLLECTION).find()
                    .into(new java.util.ArrayList<>());
    }

    @Test
    void aCrashBetweenAHandlersWritesConvergesOnRedelivery() {
        history();

        assertThat(new CrashBetweenWrites(mongo, database -> new DecisionHistoryProjection(database, lookup(),
                                                                                           new ShippedVersions()))
                           .assertConverges(harness.published())).isPositive();
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        history();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, database -> new DecisionHistoryProjection(database, lookup(), new ShippedVersions()));
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }
}
