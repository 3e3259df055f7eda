package org.greencredit.domain.inspector;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.greencredit.domain.inspector.api.CertificateNumberClaimed;

/**
 * One 执法证号, claimed by the inspector who holds it, in the same unit of work as the registration or change of
 * details that names it. The event store accepts one stream per claim id, so two inspectors can never be stored
 * with the same number, even when entered at the same moment on different nodes. A claim is never released: a
 * certificate number identifies one officer, so a number an inspector once held stays theirs (they may take it back,
 * nobody else may use it).
 */
public class CertificateNumberClaim {

    @AggregateIdentifier
    private String claimId;

    protected CertificateNumberClaim() {
        // required by Axon to rebuild the aggregate from its events
    }

    public CertificateNumberClaim(String canonicalNumber, String inspectorId) {
        apply(new CertificateNumberClaimed(CertificateNumber.claimId(canonicalNumber), canonicalNumber, inspectorId));
    }

    @EventSourcingHandler
    void on(CertificateNumberClaimed event) {
        this.claimId = event.claimId();
    }
}
