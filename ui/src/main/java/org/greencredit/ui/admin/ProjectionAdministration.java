package org.greencredit.ui.admin;

import java.util.List;
import org.greencredit.domain.actor.Actor;

/**
 * 读模型管理 as the administration view needs it: where each projection stands against the head of the event
 * store, and rebuilding one or all of them from the events. Refused with a
 * {@link org.greencredit.domain.common.RuleViolation} for anyone but an administrator.
 */
public interface ProjectionAdministration {

    List<ProjectionState> states();

    /** Stops the projection, empties it and starts its replay; returns once the replay has started. */
    void rebuild(String projection, Actor by);

    void rebuildAll(Actor by);
}
