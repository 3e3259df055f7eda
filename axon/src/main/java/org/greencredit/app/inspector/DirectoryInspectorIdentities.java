package org.greencredit.app.inspector;

import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.inspection.InspectorIdentities;
import org.greencredit.projections.inspector.FindInspectorByUsername;
import org.greencredit.projections.inspector.InspectorSummary;

/**
 * A user is a 执法人员 of the directory when their account has the INSPECTOR role and an active directory entry names
 * it. Other roles never act as an inspector, even if an entry names their account by mistake, and a deactivated
 * officer no longer records results.
 */
public class DirectoryInspectorIdentities implements InspectorIdentities {

    private final QueryGateway queryGateway;

    public DirectoryInspectorIdentities(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @Override
    public Optional<String> inspectorIdOf(Actor actor) {
        if (actor.role() != Role.INSPECTOR) {
            return Optional.empty();
        }
        InspectorSummary entry = queryGateway.query(new FindInspectorByUsername(actor.id()), InspectorSummary.class).join();
        return Optional.ofNullable(entry).filter(InspectorSummary::active).map(InspectorSummary::inspectorId);
    }
}
