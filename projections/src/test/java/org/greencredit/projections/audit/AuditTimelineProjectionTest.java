package org.greencredit.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.decisionnumber.api.DecisionNumberClaimed;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.CrashBetweenWrites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditTimelineProjectionTest {

    private static final String CODE = "91110112MA00000010";
    private static final Actor OFFICER = Actor.officer("officer-zhang", "执法大队");
    private static final Actor ENTERPRISE = Actor.enterprise("contact-wang", CODE);
    private static final Instant T1 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant T2 = Instant.parse("2026-04-27T02:00:00Z");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new AuditTimelineProjection(mongo.database()));
    }

    private GenericDomainEventMessage<Object> timeline() {
        GenericDomainEventMessage<Object> violation = harness.publish(
                "EnterpriseCreditFile", CODE, new FactRecorded(CODE, "v1", FactType.VIOLATION,
                                                               LocalDate.of(2025, 5, 10), FactSource.ENFORCEMENT,
                                                               Evidence.of("罚"), FactAttributes.empty()),
                T1, MetaData.from(OFFICER.asMetaData()));
        harness.publish("DecisionNumberClaim", "decision-no:罚", new DecisionNumberClaimed("decision-no:罚", "罚", CODE,
                                                                                         "v1"),
                        T1, MetaData.from(OFFICER.asMetaData()));
        harness.publish("EnterpriseCreditFile", CODE, new ObjectionFiled(
                CODE, "2026-TRIAL-1", "理由", Evidence.of("JC"), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 13)),
                        T2, MetaData.from(ENTERPRISE.asMetaData()));
        harness.publish("EnterpriseCreditFile", "91110112MA00000029", new FactRecorded(
                "91110112MA00000029", "v9", FactType.TAX, LocalDate.of(2025, 8, 1), FactSource.TAX,
                Evidence.of("税"), FactAttributes.empty()), T2, MetaData.from(OFFICER.asMetaData()));
        return violation;
    }

    @Test
    void everyEventIsListedWithItsBusinessDateActorAndSource() {
        timeline();

        List<AuditEntry> ofEnterprise = page(AuditFilter.ofEnterprise(CODE));
        assertThat(ofEnterprise).extracting(AuditEntry::eventType)
                                .containsExactly("FactRecorded", "DecisionNumberClaimed", "ObjectionFiled");
        AuditEntry violation = ofEnterprise.get(0);
        assertThat(violation.businessDate()).isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(violation.recordedAt()).isEqualTo(T1);
        assertThat(violation.actorId()).isEqualTo("officer-zhang");
        assertThat(violation.actorRole()).isEqualTo("OFFICER");
        assertThat(violation.actorDepartment()).isEqualTo("执法大队");
        assertThat(violation.source()).isEqualTo("ENFORCEMENT");
        assertThat(violation.sequence()).isZero();
        AuditEntry objection = ofEnterprise.get(2);
        assertThat(objection.actorCreditCode()).isEqualTo(CODE);
        assertThat(objection.businessDate()).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    void filtersByActorTypeAndDatesAndCounts() {
        timeline();

        assertThat(page(new AuditFilter(null, null, null, null, "ENTERPRISE", null, null, null, null, null)))
                .extracting(AuditEntry::eventType).containsExactly("ObjectionFiled");
        assertThat(page(new AuditFilter(null, null, "FactRecorded", null, null, null, null, null, null, null)))
                .hasSize(2);
        assertThat(page(new AuditFilter(null, null, null, null, null, null, T2, null, null, null))).hasSize(2);
        assertThat(page(new AuditFilter(null, null, null, null, null, null, null, null, LocalDate.of(2025, 6, 1),
                                        LocalDate.of(2025, 12, 31))))
                .extracting(AuditEntry::aggregateId).containsExactly("91110112MA00000029");
        assertThat(page(new AuditFilter(null, "DecisionNumberClaim", null, null, null, null, null, null, null, null)))
                .hasSize(1);
        assertThat(harness.query(new CountAuditEntries(AuditFilter.everything()), Long.class)).isEqualTo(4L);
        assertThat(harness.query(new FindAuditTimeline(AuditFilter.everything(), 3, 10), AuditTimelinePage.class)
                          .entries()).hasSize(1);
    }

    @Test
    void deliveringAnEventAgainChangesNothing() {
        GenericDomainEventMessage<Object> first = timeline();
        harness.redeliver(first);
        assertThat(harness.query(new CountAuditEntries(null), Long.class)).isEqualTo(4L);
    }

    private List<AuditEntry> page(AuditFilter filter) {
        return harness.query(new FindAuditTimeline(filter, 0, 50), AuditTimelinePage.class).entries();
    }

    /** Each event is one document; should a handler write two, a crash between them must still converge. */
    @Test
    void aCrashBetweenAHandlersWritesConvergesOnRedelivery() {
        timeline();

        new CrashBetweenWrites(mongo, AuditTimelineProjection::new).assertConverges(harness.published());
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        timeline();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, AuditTimelineProjection::new);
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }
}
