package org.greencredit.domain.decisionnumber;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.greencredit.domain.decisionnumber.api.DecisionNumberClaimed;

/**
 * One penalty decision number, claimed by the violation that cites it. The credit file creates the claim in the
 * same unit of work as the violation; the event store accepts only one stream per claim id, so two violations can
 * never be stored with the same number, even when recorded at the same moment on different nodes. Claims are never
 * released: a decision number stays used once issued, even if the penalty is later revoked.
 */
public class DecisionNumberClaim {

    @AggregateIdentifier
    private String claimId;

    protected DecisionNumberClaim() {
        // required by Axon to rebuild the aggregate from its events
    }

    public DecisionNumberClaim(String decisionNo, String creditCode, String factId) {
        apply(new DecisionNumberClaimed(DecisionNumberKey.claimId(decisionNo), decisionNo, creditCode, factId));
    }

    @EventSourcingHandler
    void on(DecisionNumberClaimed event) {
        this.claimId = event.claimId();
    }
}
