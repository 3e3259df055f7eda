package org.greencredit.app.api;

import java.time.Instant;
import java.util.List;
import org.greencredit.app.security.ApiUser;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.ui.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stored events of one credit file, read straight from the event store (not from a projection), so what it
 * shows is what an auditor would replay. A code without a credit file is a 404 (after the role check, so an
 * enterprise user learns nothing about other codes).
 */
@RestController
public class CreditFileEventsApi {

    private final EventStore eventStore;

    public CreditFileEventsApi(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @GetMapping("/api/credit-files/{creditCode}/events")
    public List<StoredEvent> events(@PathVariable String creditCode, Authentication authentication) {
        SignedInUser user = ApiUser.of(authentication);
        user.actor().requireRole(Role.ADMIN, Role.OFFICER, Role.ASSESSOR, Role.REVIEWER, Role.AUDITOR, Role.ENTERPRISE);
        user.actor().requireOwnFileIfEnterprise(creditCode);
        List<StoredEvent> events = WholeStream.of(eventStore, creditCode).asStream().map(StoredEvent::of).toList();
        if (events.isEmpty()) {
            throw new RuleViolation("creditFile.notFound", creditCode);
        }
        return events;
    }

    /** One stored event: its place in the stream, its type and when it was recorded. */
    public record StoredEvent(long sequence, String type, Instant recordedAt) {

        static StoredEvent of(DomainEventMessage<?> message) {
            return new StoredEvent(message.getSequenceNumber(), message.getPayloadType().getSimpleName(),
                                   message.getTimestamp());
        }
    }
}
