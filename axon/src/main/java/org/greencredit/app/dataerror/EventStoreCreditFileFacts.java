package org.greencredit.app.dataerror;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.dataerror.CreditFileFacts;
import org.greencredit.domain.dataerror.FileFacts;

/**
 * A credit file's facts and corrections folded from its own events, from sequence 0 (a snapshot would hide the
 * sequence numbers of earlier corrections). Nothing is kept between calls: a report is rare, and an answer from the
 * stream itself cannot disagree with it.
 */
public class EventStoreCreditFileFacts implements CreditFileFacts {

    private final EventStore eventStore;

    public EventStoreCreditFileFacts(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<FileFacts> of(String creditCode) {
        if (creditCode == null || eventStore.lastSequenceNumberFor(creditCode).isEmpty()) {
            return Optional.empty();
        }
        FileFacts facts = new FileFacts();
        DomainEventStream stream = WholeStream.of(eventStore, creditCode);
        stream.asStream().forEach(message -> facts.apply(message.getPayload(), message.getSequenceNumber()));
        return Optional.of(facts);
    }
}
