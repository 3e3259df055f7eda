package org.greencredit.projections.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greencredit.projections.ShippedVersions.CYCLE;
import static org.greencredit.projections.ShippedVersions.decided;
import static org.greencredit.projections.ShippedVersions.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.bson.Document;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.EvaluationState;
import org.greencredit.domain.creditfile.ObjectionStatus;
import org.greencredit.domain.creditfile.api.DeclarationClosed;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DisclosureClosed;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.EvaluationDisclosed;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.ObjectionReviewed;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.ShippedVersions;
import org.greencredit.projections.CrashBetweenWrites;
import org.greencredit.projections.support.EnterpriseLookup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EvaluationProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final String A = "91110112MA00000010";
    private static final String B = "91110112MA00000029";
    private static final String C = "91110112MA0000003X";

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private final SimpleQueryUpdateEmitter updateEmitter = SimpleQueryUpdateEmitter.builder().build();
    private final List<GenericDomainEventMessage<Object>> delivered = new ArrayList<>();
    private ProjectionHarness harness;

    /** How the projection finds an enterprise's documents; a subclass runs every test the other way. */
    EnterpriseLookup lookup() {
        return EnterpriseLookup.COMPANION;
    }

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new EvaluationProjection(mongo.database(), lookup(), updateEmitter));
    }

    private void publish(String code, Object event) {
        delivered.add(harness.publish(code, event, AT));
    }

    private void openFor(String code, String name, Subdistrict subdistrict, String industry) {
        publish(code, new EnterpriseRegistered(code, LocalDate.of(2012, 3, 1), new EnterpriseProfile(
                name, new Industry(industry, "行业"), subdistrict, "通州区示例路1号", code + "001P",
                ManagementClass.SIMPLIFIED, false, new Contact("刘工", "13900139000"))));
        publish(code, new EvaluationOpened(code, CYCLE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                                           "TZ-GREEN-CREDIT", "2026.1", ShippedVersions.ENGINE.versionHash(),
                                           LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 21)));
    }

    /** A: declares an item, verified; graded C and disclosed, objects (upheld). B: graded A, published. C: declaring. */
    private void cycle() {
        openFor(A, "甲企业", Subdistrict.SONGZHUANG, "C2319");
        openFor(B, "乙企业", Subdistrict.SONGZHUANG, "C3670");
        openFor(C, "丙企业", Subdistrict.MAJUQIAO, "C2319");
        publish(A, new ItemDeclared(A, "item-1", CYCLE, FactType.CREDIT_COMMITMENT, LocalDate.of(2025, 6, 1),
                                    Evidence.of("承诺书"), FactAttributes.of("text", "承诺")));
        publish(A, new DeclarationClosed(A, CYCLE, LocalDate.of(2026, 3, 24)));
        publish(B, new DeclarationClosed(B, CYCLE, LocalDate.of(2026, 3, 24)));
        assertThat(rows(new FindDeclarationsAwaitingVerification(CYCLE))).extracting(EvaluationSummary::creditCode)
                                                                         .containsExactly(A);
        assertThat(harness.query(new CountDeclarationsAwaitingVerification(CYCLE), Long.class)).isEqualTo(1L);
        assertThat(harness.query(new CountDeclarationsAwaitingVerification(null), Long.class)).isEqualTo(1L);
        publish(A, new DeclaredItemVerified(A, "item-1", VerificationOutcome.CONFIRMED, LocalDate.of(2026, 4, 1),
                                            null));
        publish(A, decided(A, 1, DecisionKind.PRELIMINARY, LocalDate.of(2026, 4, 22),
                           decision(ShippedVersions.seriousViolation("v"))));
        publish(A, new EvaluationDisclosed(A, CYCLE, LocalDate.of(2026, 4, 22), LocalDate.of(2026, 5, 8)));
        publish(B, decided(B, 1, DecisionKind.PRELIMINARY, LocalDate.of(2026, 4, 22),
                           decision(ShippedVersions.exemplary())));
        publish(B, new EvaluationDisclosed(B, CYCLE, LocalDate.of(2026, 4, 22), LocalDate.of(2026, 5, 8)));
        publish(A, new ObjectionFiled(A, CYCLE, "处罚有误", Evidence.of("JC-1"), LocalDate.of(2026, 4, 27),
                                      LocalDate.of(2026, 5, 13)));
        publish(B, new DisclosureClosed(B, CYCLE, LocalDate.of(2026, 5, 11)));
        publish(B, decided(B, 2, DecisionKind.FINAL, LocalDate.of(2026, 5, 12), decision(ShippedVersions.exemplary())));
        publish(A, new ObjectionReviewed(A, CYCLE, ObjectionOutcome.UPHELD, "经核实", LocalDate.of(2026, 5, 6)));
    }

    @Test
    void theEvaluationFollowsItsStateMachine() {
        cycle();

        EvaluationSummary a = rows(new FindEvaluationsOf(A)).get(0);
        assertThat(a.state()).isEqualTo(EvaluationState.GRADED);
        assertThat(a.enterpriseName()).isEqualTo("甲企业");
        assertThat(a.pendingItems()).isEmpty();
        assertThat(a.preliminaryGrade()).isEqualTo("C");
        assertThat(a.preliminaryTotal()).isEqualByComparingTo("70.0");
        assertThat(a.disclosureEnd()).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(a.objectionStatus()).isEqualTo(ObjectionStatus.UPHELD);
        assertThat(a.reviewDeadline()).isEqualTo(LocalDate.of(2026, 5, 13));
        EvaluationSummary b = rows(new FindEvaluationsOf(B)).get(0);
        assertThat(b.state()).isEqualTo(EvaluationState.PUBLISHED);
        assertThat(b.finalGrade()).isEqualTo("A");
        assertThat(b.publishedOn()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(rows(new FindEvaluationsOf(C)).get(0).state()).isEqualTo(EvaluationState.DECLARATION);
    }

    @Test
    void boardsAndQueuesSelectTheirRows() {
        cycle();

        assertThat(rows(new FindDisclosureBoard(CYCLE))).extracting(EvaluationSummary::creditCode).containsExactly(A);
        assertThat(harness.query(new FindPublishedGrades(CYCLE, 0, 10), EvaluationList.class).evaluations())
                .extracting(EvaluationSummary::creditCode, EvaluationSummary::finalGrade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(B, "A"));
        assertThat(rows(new FindObjectionsAwaitingReview(null))).extracting(EvaluationSummary::creditCode)
                                                                .containsExactly(A);
        assertThat(rows(new FindObjectionsAwaitingReview("2027-X"))).isEmpty();
        assertThat(rows(new FindDeclarationsAwaitingVerification(null))).isEmpty();
        assertThat(harness.query(new CountObjectionsAwaitingReview(null), Long.class)).isEqualTo(1L);
        assertThat(harness.query(new CountObjectionsAwaitingReview("2027-X"), Long.class)).isZero();
        assertThat(harness.query(new CountDeclarationsAwaitingVerification(null), Long.class)).isZero();
    }

    @Test
    void progressAndStatisticsCountTheCycle() {
        cycle();

        CycleProgress progress = harness.query(new FindCycleProgress(CYCLE), CycleProgress.class);
        assertThat(progress.evaluations()).isEqualTo(3);
        assertThat(progress.perState()).containsExactlyInAnyOrderEntriesOf(
                Map.of(EvaluationState.DECLARATION, 1L, EvaluationState.GRADED, 1L, EvaluationState.PUBLISHED, 1L));
        assertThat(progress.perPreliminaryGrade()).containsExactlyInAnyOrderEntriesOf(Map.of("A", 1L, "C", 1L));
        assertThat(progress.perFinalGrade()).containsExactlyInAnyOrderEntriesOf(Map.of("A", 1L));
        assertThat(progress.objectionsPerStatus())
                .containsExactlyInAnyOrderEntriesOf(Map.of(ObjectionStatus.UPHELD, 1L));

        CycleStatistics bySubdistrict = harness.query(
                new FindCycleStatistics(CYCLE, FindCycleStatistics.GroupBy.SUBDISTRICT), CycleStatistics.class);
        assertThat(bySubdistrict.gradesPerGroup()).containsExactlyInAnyOrderEntriesOf(
                Map.of("SONGZHUANG", Map.of("A", 1L, "C", 1L)));
        CycleStatistics byIndustry = harness.query(
                new FindCycleStatistics(CYCLE, FindCycleStatistics.GroupBy.INDUSTRY), CycleStatistics.class);
        assertThat(byIndustry.gradesPerGroup()).containsExactlyInAnyOrderEntriesOf(
                Map.of("C23", Map.of("C", 1L), "C36", Map.of("A", 1L)));
    }

    @Test
    void aProfileChangeRenamesTheEvaluations() {
        cycle();
        EnterpriseProfile renamed = new EnterpriseProfile("甲新名企业", new Industry("C2319", "行业"),
                                                          Subdistrict.TAIHU, "通州区示例路2号", A + "001P",
                                                          ManagementClass.SIMPLIFIED, false,
                                                          new Contact("刘工", "13900139000"));
        publish(A, new EnterpriseProfileChanged(A, renamed, LocalDate.of(2026, 5, 20)));

        EvaluationSummary a = rows(new FindEvaluationsOf(A)).get(0);
        assertThat(a.enterpriseName()).isEqualTo("甲新名企业");
        assertThat(a.subdistrict()).isEqualTo("TAIHU");
    }

    @Test
    void deliveringEveryEventAgainChangesNothing() {
        cycle();
        List<Document> before = all();

        List.copyOf(delivered).forEach(harness::redeliver);

        assertThat(all()).isEqualTo(before);
    }

    @Test
    void subscribersToTheBoardAndProgressSeeChanges() {
        UpdateHandlerRegistration<Object> board = subscribe(new FindDisclosureBoard(CYCLE));
        UpdateHandlerRegistration<Object> progress = subscribe(new FindCycleProgress(CYCLE));
        UpdateHandlerRegistration<Object> otherCycle = subscribe(new FindDisclosureBoard("2027-X"));

        openFor(A, "甲企业", Subdistrict.SONGZHUANG, "C2319");
        List.of(board, progress, otherCycle).forEach(UpdateHandlerRegistration::complete);

        assertThat(updates(board)).hasSize(1);
        assertThat(updates(progress)).last().isInstanceOf(CycleProgress.class)
                                     .extracting(update -> ((CycleProgress) update).evaluations()).isEqualTo(1L);
        assertThat(updates(otherCycle)).isEmpty();
    }

    @Test
    void resetEmptiesBothCollections() {
        cycle();
        harness.reset();
        assertThat(all()).isEmpty();
        assertThat(mongo.database().getCollection(EvaluationProjection.ENTERPRISES).countDocuments()).isZero();
    }

    private List<EvaluationSummary> rows(Object query) {
        return harness.query(query, EvaluationList.class).evaluations();
    }

    private UpdateHandlerRegistration<Object> subscribe(Object query) {
        return updateEmitter.registerUpdateHandler(
                new GenericSubscriptionQueryMessage<>(query, ResponseTypes.instanceOf(Object.class),
                                                      ResponseTypes.instanceOf(Object.class)), 16);
    }

    private static List<Object> updates(UpdateHandlerRegistration<Object> registration) {
        return registration.getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).collectList().block();
    }

    private List<Document> all() {
        return mongo.database().getCollection(EvaluationProjection.COLLECTION).find().into(new ArrayList<>());
    }

    @Test
    void aCrashBetweenAHandlersWritesConvergesOnRedelivery() {
        cycle();

        CrashBetweenWrites.assertCrashPointsFit(
                new CrashBetweenWrites(mongo, database -> new EvaluationProjection(database, lookup(), updateEmitter)).assertConverges(harness.published()), lookup());
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        cycle();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, database -> new EvaluationProjection(database, lookup(), updateEmitter));
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }

    /**
     * In one batch, the queues are told of the row as each event left it, read from the batch before it is written;
     * the cycle's progress, counted from the store, is told once, after the batch is written.
     */
    @Test
    void inOneBatchSubscribersSeeEachRowAsItsEventLeftItAndTheProgressOnceItIsStored() {
        UpdateHandlerRegistration<Object> queue = subscribe(new FindDeclarationsAwaitingVerification(CYCLE));
        UpdateHandlerRegistration<Object> progress = subscribe(new FindCycleProgress(CYCLE));

        harness.deliverInOneBatch(List.of(
                harness.next(A, new EnterpriseRegistered(A, LocalDate.of(2012, 3, 1), new EnterpriseProfile(
                        "甲企业", new Industry("C2319", "行业"), Subdistrict.SONGZHUANG, "通州区示例路1号", A + "001P",
                        ManagementClass.SIMPLIFIED, false, new Contact("刘工", "13900139000"))), AT),
                harness.next(A, new EvaluationOpened(A, CYCLE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                                                     "TZ-GREEN-CREDIT", "2026.1", ShippedVersions.ENGINE.versionHash(),
                                                     LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 21)), AT),
                harness.next(A, new ItemDeclared(A, "item-1", CYCLE, FactType.CREDIT_COMMITMENT,
                                                 LocalDate.of(2025, 6, 1), Evidence.of("承诺书"),
                                                 FactAttributes.of("text", "承诺")), AT),
                harness.next(A, new DeclarationClosed(A, CYCLE, LocalDate.of(2026, 3, 24)), AT),
                harness.next(A, new DeclaredItemVerified(A, "item-1", VerificationOutcome.CONFIRMED,
                                                         LocalDate.of(2026, 4, 1), null), AT)));
        List.of(queue, progress).forEach(UpdateHandlerRegistration::complete);

        assertThat(updates(queue)).map(update -> (EvaluationSummary) update)
                                  .extracting(EvaluationSummary::enterpriseName, EvaluationSummary::state,
                                              EvaluationSummary::pendingItems)
                                  .containsExactly(tuple("甲企业", EvaluationState.DECLARATION, List.of()),
                                                   tuple("甲企业", EvaluationState.DECLARATION, List.of("item-1")),
                                                   tuple("甲企业", EvaluationState.VERIFICATION, List.of("item-1")),
                                                   tuple("甲企业", EvaluationState.VERIFICATION, List.of()));
        assertThat(updates(progress)).singleElement().isInstanceOf(CycleProgress.class)
                                     .extracting(update -> ((CycleProgress) update).perState())
                                     .isEqualTo(Map.of(EvaluationState.VERIFICATION, 1L));
    }
}
