package org.greencredit.app.admin;

import java.util.List;
import org.greencredit.domain.actor.Actor;
import org.greencredit.ui.admin.ProjectionAdministration;
import org.greencredit.ui.admin.ProjectionState;
import org.springframework.stereotype.Component;

/** The administration view's read-model page, done by {@link ProjectionRebuilds}. */
@Component
public class RebuildsProjectionAdministration implements ProjectionAdministration {

    private final ProjectionRebuilds rebuilds;

    public RebuildsProjectionAdministration(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public List<ProjectionState> states() {
        return rebuilds.progress().stream()
                       .map(progress -> new ProjectionState(progress.projection(), progress.running(),
                                                            progress.replaying(), progress.caughtUp(),
                                                            progress.position(), progress.head(), progress.percent(),
                                                            progress.error()))
                       .toList();
    }

    @Override
    public void rebuild(String projection, Actor by) {
        rebuilds.rebuild(projection, by);
    }

    @Override
    public void rebuildAll(Actor by) {
        rebuilds.rebuildAll(by);
    }
}
