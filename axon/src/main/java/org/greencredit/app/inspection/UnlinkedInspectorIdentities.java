package org.greencredit.app.inspection;

import java.util.Optional;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.inspection.InspectorIdentities;

/**
 * No user account is linked to a directory inspector yet, so only officers record results. The 执法人员名录 replaces
 * this bean once its entries name the user account of each inspector.
 */
public class UnlinkedInspectorIdentities implements InspectorIdentities {

    @Override
    public Optional<String> inspectorIdOf(Actor actor) {
        return Optional.empty();
    }
}
