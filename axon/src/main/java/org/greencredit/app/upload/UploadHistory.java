package org.greencredit.app.upload;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.upload.CreditPlatformUploads;
import org.greencredit.domain.upload.api.ResultsUploadProduced;

/**
 * The uploads of a cycle, oldest first, from the stream of its {@link CreditPlatformUploads}. A cycle has a
 * handful of uploads a year, so reading the stream is cheap, and it is right the moment an upload is stored: no
 * read model is needed for the list, nor for what the next incremental upload builds on.
 */
class UploadHistory {

    private final EventStore eventStore;

    UploadHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    List<ResultsUploadProduced> of(String cycleId) {
        String streamId = CreditPlatformUploads.idOf(cycleId);
        if (eventStore.lastSequenceNumberFor(streamId).isEmpty()) {
            return List.of();
        }
        return WholeStream.of(eventStore, streamId).asStream().map(DomainEventMessage::getPayload)
                          .filter(ResultsUploadProduced.class::isInstance).map(ResultsUploadProduced.class::cast)
                          .toList();
    }
}
