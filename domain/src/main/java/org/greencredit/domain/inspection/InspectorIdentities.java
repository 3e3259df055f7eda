package org.greencredit.domain.inspection;

import java.util.Optional;
import org.greencredit.domain.actor.Actor;

/**
 * Which 执法人员 of the directory a signed-in user is, if any: one of the two inspectors drawn for an enterprise may
 * record its result. The application answers from the inspector directory (accounts linked to directory entries).
 */
public interface InspectorIdentities {

    Optional<String> inspectorIdOf(Actor actor);
}
