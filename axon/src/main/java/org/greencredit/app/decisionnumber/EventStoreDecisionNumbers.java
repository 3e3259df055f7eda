package org.greencredit.app.decisionnumber;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.domain.decisionnumber.DecisionNumberKey;
import org.greencredit.domain.decisionnumber.DecisionNumbers;

/**
 * Answers "is this decision number used?" from the event store: a number is used exactly when the stream of its
 * claim aggregate exists. There is no separate lookup table that could disagree with the stored events, and it
 * works the same on the embedded store and on Axon Server.
 */
public class EventStoreDecisionNumbers implements DecisionNumbers {

    private final EventStore eventStore;

    public EventStoreDecisionNumbers(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isClaimed(String decisionNo) {
        return eventStore.lastSequenceNumberFor(DecisionNumberKey.claimId(decisionNo)).isPresent();
    }
}
