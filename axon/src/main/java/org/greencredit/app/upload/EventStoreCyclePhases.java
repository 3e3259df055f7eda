package org.greencredit.app.upload;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.cycle.CyclePhase;
import org.greencredit.domain.cycle.api.CycleClosed;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.DisclosurePhaseClosed;
import org.greencredit.domain.cycle.api.FinalGradesPublished;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.greencredit.domain.upload.CyclePhases;

/**
 * The phase of a cycle from the cycle's own events, as the aggregate moves it: consistent the moment the
 * publication is stored, with no read model that could lag behind.
 */
public class EventStoreCyclePhases implements CyclePhases {

    private final EventStore eventStore;

    public EventStoreCyclePhases(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<CyclePhase> phaseOf(String cycleId) {
        if (cycleId == null || eventStore.lastSequenceNumberFor(cycleId).isEmpty()) {
            return Optional.empty();
        }
        CyclePhase[] phase = {null};
        WholeStream.of(eventStore, cycleId).asStream().map(DomainEventMessage::getPayload).forEach(event -> {
            if (event instanceof CycleOpened) {
                phase[0] = CyclePhase.DECLARATION;
            } else if (event instanceof DeclarationPhaseClosed) {
                phase[0] = CyclePhase.VERIFICATION;
            } else if (event instanceof VerificationPhaseClosed) {
                phase[0] = CyclePhase.DISCLOSURE;
            } else if (event instanceof DisclosurePhaseClosed) {
                phase[0] = CyclePhase.REVIEW;
            } else if (event instanceof FinalGradesPublished) {
                phase[0] = CyclePhase.PUBLISHED;
            } else if (event instanceof CycleClosed) {
                phase[0] = CyclePhase.CLOSED;
            }
        });
        return Optional.ofNullable(phase[0]);
    }
}
