package org.greencredit.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.greencredit.domain.access.SignInChannel;
import org.greencredit.domain.access.SignInFailure;
import org.greencredit.domain.access.api.AccountLockedOut;
import org.greencredit.domain.access.api.SignInFailed;
import org.greencredit.domain.access.api.SignInSucceeded;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sign-ins, failures and lockouts in the audit timeline, in the form either event store delivers them. */
class SignInTimelineTest {

    private static final Instant T1 = Instant.parse("2026-12-05T01:00:00Z");
    private static final Instant T2 = Instant.parse("2026-12-05T01:01:00Z");
    private static final Instant T3 = Instant.parse("2026-12-05T01:20:00Z");
    private static final Instant LOCKED_UNTIL = Instant.parse("2026-12-05T01:16:00Z");
    private static final Actor ADMIN = new Actor("demo-admin", Role.ADMIN, "信息中心", null);

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new AuditTimelineProjection(mongo.database()));
    }

    private List<EventMessage<?>> signIns() {
        EventMessage<?> failed = harness.publishUnowned(
                new SignInFailed("demo-admin", "192.0.2.7", SignInChannel.BASIC, SignInFailure.BAD_CREDENTIALS), T1,
                MetaData.emptyInstance());
        EventMessage<?> locked = harness.publishUnowned(
                new AccountLockedOut("demo-admin", "192.0.2.7", SignInChannel.BASIC, 5, LOCKED_UNTIL), T2,
                MetaData.emptyInstance());
        // The embedded store hands an event without an aggregate back as a stream of its own, named by its id.
        GenericDomainEventMessage<Object> succeeded = new GenericDomainEventMessage<>(
                null, "event-3", 0, new GenericMessage<>(
                        "event-3", new SignInSucceeded("demo-admin", "198.51.100.4", SignInChannel.FORM),
                        MetaData.from(ADMIN.asMetaData())), T3);
        harness.redeliver(succeeded);
        return List.of(failed, locked, succeeded);
    }

    @Test
    void failuresLockoutsAndSuccessesAreListedWithTheirDetails() {
        signIns();

        List<AuditEntry> entries = page(AuditFilter.everything());

        assertThat(entries).extracting(AuditEntry::eventType)
                           .containsExactly("SignInFailed", "AccountLockedOut", "SignInSucceeded");
        assertThat(entries.get(0).signIn()).isEqualTo(new SignInDetails("demo-admin", "192.0.2.7", "BASIC",
                                                                         "BAD_CREDENTIALS", null));
        assertThat(entries.get(0).actorId()).isNull();
        assertThat(entries.get(0).aggregateId()).isNull();
        assertThat(entries.get(0).recordedAt()).isEqualTo(T1);
        assertThat(entries.get(1).signIn().lockedUntil()).isEqualTo(LOCKED_UNTIL);
        assertThat(entries.get(2).signIn()).isEqualTo(new SignInDetails("demo-admin", "198.51.100.4", "FORM", null,
                                                                         null));
        assertThat(entries.get(2).actorRole()).isEqualTo("ADMIN");
        assertThat(entries.get(2).aggregateId()).isNull();
    }

    @Test
    void theActorFilterFindsTheSignInsTriedWithThatName() {
        signIns();

        assertThat(page(new AuditFilter(null, null, null, "demo-admin", null, null, null, null, null, null)))
                .hasSize(3);
        assertThat(page(new AuditFilter(null, null, "SignInFailed", "demo-admin", null, null, null, null, null,
                                        null))).hasSize(1);
        assertThat(page(new AuditFilter(null, null, null, "someone-else", null, null, null, null, null, null)))
                .isEmpty();
        assertThat(page(new AuditFilter(null, null, null, null, "ADMIN", null, null, null, null, null)))
                .extracting(AuditEntry::eventType).containsExactly("SignInSucceeded");
    }

    @Test
    void deliveringTheEventsAgainChangesNothing() {
        List<EventMessage<?>> delivered = signIns();
        List<AuditEntry> once = page(AuditFilter.everything());

        delivered.forEach(harness::redeliver);

        assertThat(page(AuditFilter.everything())).isEqualTo(once);
        assertThat(harness.query(new CountAuditEntries(null), Long.class)).isEqualTo(3L);
    }

    private List<AuditEntry> page(AuditFilter filter) {
        return harness.query(new FindAuditTimeline(filter, 0, 50), AuditTimelinePage.class).entries();
    }
}
