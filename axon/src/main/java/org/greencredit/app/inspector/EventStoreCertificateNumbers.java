package org.greencredit.app.inspector;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.inspector.CertificateNumber;
import org.greencredit.domain.inspector.CertificateNumbers;
import org.greencredit.domain.inspector.api.CertificateNumberClaimed;

/**
 * Answers "who holds this 执法证号?" from the claim stream of the number, like decision numbers and source records:
 * no lookup table that could disagree with the stored events, the same on the embedded store and Axon Server.
 */
public class EventStoreCertificateNumbers implements CertificateNumbers {

    private final EventStore eventStore;

    public EventStoreCertificateNumbers(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<String> holder(String canonicalNumber) {
        String claimId = CertificateNumber.claimId(canonicalNumber);
        if (eventStore.lastSequenceNumberFor(claimId).isEmpty()) {
            return Optional.empty();
        }
        return WholeStream.of(eventStore, claimId).asStream()
                          .map(message -> message.getPayload())
                          .filter(CertificateNumberClaimed.class::isInstance)
                          .map(claim -> ((CertificateNumberClaimed) claim).inspectorId())
                          .findFirst();
    }
}
