package org.greencredit.domain.intake;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.greencredit.domain.intake.api.SourceRecordClaimed;

/**
 * One source record, claimed by the credit file that recorded it, in the same unit of work as the fact. The event
 * store accepts one stream per claim id, so one record can never become facts of two enterprises, even when two
 * imports send it at the same moment. Claims are never released, like decision numbers.
 */
public class SourceRecordClaim {

    @AggregateIdentifier
    private String claimId;

    protected SourceRecordClaim() {
        // required by Axon to rebuild the aggregate from its events
    }

    public SourceRecordClaim(SourceRecord record, String creditCode) {
        apply(new SourceRecordClaimed(record.claimId(), record.source(), record.recordId(), creditCode,
                                      record.factId()));
    }

    @EventSourcingHandler
    void on(SourceRecordClaimed event) {
        this.claimId = event.claimId();
    }
}
