package org.greencredit.app.intake;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.intake.SourceRecord;
import org.greencredit.domain.intake.SourceRecords;
import org.greencredit.domain.intake.api.SourceRecordClaimed;

/**
 * Answers "which credit file holds this source record?" from the claim stream of the record, like decision
 * numbers: no lookup table that could disagree with the stored events.
 */
public class EventStoreSourceRecords implements SourceRecords {

    private final EventStore eventStore;

    public EventStoreSourceRecords(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<String> holder(SourceRecord record) {
        if (eventStore.lastSequenceNumberFor(record.claimId()).isEmpty()) {
            return Optional.empty();
        }
        return WholeStream.of(eventStore, record.claimId()).asStream()
                          .map(message -> message.getPayload())
                          .filter(SourceRecordClaimed.class::isInstance)
                          .map(claim -> ((SourceRecordClaimed) claim).creditCode())
                          .findFirst();
    }
}
