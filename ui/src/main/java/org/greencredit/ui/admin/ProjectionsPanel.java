package org.greencredit.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.security.SignedInActor;

/**
 * 读模型: each projection's position against the head of the event store, and rebuilding one or all of them. A
 * rebuild runs on this view's own background thread, which then reads the projections' progress twice a second
 * and pushes it to the page until every rebuilt projection has caught up with the head it had to reach.
 */
class ProjectionsPanel extends VerticalLayout {

    private static final long POLL_MILLIS = 500;

    private final ProjectionAdministration projections;
    private final SignedInActor signedIn;
    private final Grid<ProjectionState> grid = new Grid<>();
    private final Span status = new Span();
    private final Button rebuildAll = new Button();
    /** The projections being rebuilt and the head each must reach; touched only under the session lock. */
    private final Map<String, Long> rebuilding = new HashMap<>();
    private ScheduledExecutorService background;
    private volatile ScheduledFuture<?> polling;

    ProjectionsPanel(ProjectionAdministration projections, SignedInActor signedIn) {
        this.projections = projections;
        this.signedIn = signedIn;
        setPadding(false);

        rebuildAll.setText(getTranslation("admin.projections.rebuildAll"));
        rebuildAll.setId("admin-projections-rebuild-all");
        rebuildAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rebuildAll.addClickListener(click -> rebuild(projections.states().stream()
                                                                .map(ProjectionState::projection).toList()));
        Button refresh = new Button(getTranslation("admin.projections.refresh"), click -> show(projections.states()));
        refresh.setId("admin-projections-refresh");
        status.setId("admin-projections-status");

        grid.setId("admin-projections-grid");
        grid.addColumn(ProjectionState::projection).setHeader(getTranslation("admin.projections.name"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(state -> getTranslation("admin.projection." + state.projection()))
            .setHeader(getTranslation("admin.projections.description")).setFlexGrow(1);
        grid.addColumn(ProjectionState::position).setHeader(getTranslation("admin.projections.position"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProjectionState::head).setHeader(getTranslation("admin.projections.head"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::percent).setKey("percent")
            .setHeader(getTranslation("admin.projections.percent"))
            .setWidth("12em").setFlexGrow(0);
        grid.addColumn(this::stateText).setHeader(getTranslation("admin.projections.state")).setAutoWidth(true)
            .setFlexGrow(0);
        grid.addComponentColumn(this::rebuildButton).setKey("rebuild").setAutoWidth(true).setFlexGrow(0);
        GridCount.show(grid, "grid.empty");
        grid.setAllRowsVisible(true);

        add(new HorizontalLayout(rebuildAll, refresh), status, grid);
        show(projections.states());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "projection-rebuild-view");
            thread.setDaemon(true);
            return thread;
        });
        show(projections.states());
    }

    /** Stops reading progress; a rebuild already asked for is not interrupted, so no processor is left stopped. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        background.shutdown();
        polling = null;
        rebuilding.clear();
        rebuildAll.setEnabled(true);
        status.setText("");
    }

    private void rebuild(List<String> names) {
        if (!rebuilding.isEmpty()) {
            Notices.info(getTranslation("admin.projections.busy"));
            return;
        }
        Actor actor = signedIn.actor();
        UI ui = UI.getCurrent();
        projections.states().stream().filter(state -> names.contains(state.projection()))
                   .forEach(state -> rebuilding.put(state.projection(), state.head()));
        rebuildAll.setEnabled(false);
        status.setText(getTranslation("admin.projections.rebuilding", String.join("、", names)));
        show(projections.states());
        ScheduledExecutorService executor = background;
        executor.execute(() -> {
            try {
                if (names.size() == 1) {
                    projections.rebuild(names.get(0), actor);
                } else {
                    projections.rebuildAll(actor);
                }
                if (!executor.isShutdown()) {
                    polling = executor.scheduleWithFixedDelay(() -> poll(ui), 0, POLL_MILLIS,
                                                                TimeUnit.MILLISECONDS);
                }
            } catch (RejectedExecutionException leftMeanwhile) {
                // the page was closed while the rebuild started: nobody to show the progress to
            } catch (RuntimeException e) {
                push(ui, () -> failed(e));
            }
        });
    }

    /** On the background thread: reads the progress, then hands it to the page. */
    private void poll(UI ui) {
        List<ProjectionState> states = projections.states();
        push(ui, () -> progressed(states));
    }

    private void progressed(List<ProjectionState> states) {
        show(states);
        states.stream().filter(state -> rebuilding.containsKey(state.projection()))
              .filter(state -> state.settled() && state.position() >= rebuilding.get(state.projection()))
              .forEach(state -> rebuilding.remove(state.projection()));
        if (rebuilding.isEmpty() && polling != null) {
            polling.cancel(false);
            polling = null;
            rebuildAll.setEnabled(true);
            status.setText(getTranslation("admin.projections.rebuilt"));
            Notices.success(getTranslation("admin.projections.rebuilt"));
        }
    }

    private void failed(RuntimeException e) {
        rebuilding.clear();
        rebuildAll.setEnabled(true);
        String message = e instanceof RuleViolation refused ? RefusalMessages.of(refused.refusal())
                                                             : getTranslation("admin.projections.failed");
        status.setText(message);
        Notices.error(message);
        show(projections.states());
    }

    private void show(List<ProjectionState> states) {
        grid.setItems(states);
    }

    private Div percent(ProjectionState state) {
        ProgressBar bar = new ProgressBar(0, 100, state.percent());
        bar.setId("admin-projection-progress-" + state.projection());
        Span value = new Span(state.percent() + " %");
        value.setId("admin-projection-percent-" + state.projection());
        Div cell = new Div(bar, value);
        cell.addClassName("admin-projection-percent");
        return cell;
    }

    private String stateText(ProjectionState state) {
        if (state.error() != null) {
            return getTranslation("admin.projections.state.error", state.error());
        }
        if (state.replaying() || rebuilding.containsKey(state.projection())) {
            return getTranslation("admin.projections.state.replaying");
        }
        if (!state.running()) {
            return getTranslation("admin.projections.state.stopped");
        }
        return getTranslation(state.caughtUp() ? "admin.projections.state.caughtUp"
                                               : "admin.projections.state.catchingUp");
    }

    private Button rebuildButton(ProjectionState state) {
        Button rebuild = new Button(getTranslation("admin.projections.rebuild"),
                                    click -> rebuild(List.of(state.projection())));
        rebuild.setId("admin-projection-rebuild-" + state.projection());
        rebuild.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rebuild.setEnabled(rebuilding.isEmpty());
        return rebuild;
    }

    private static void push(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            // the page is gone; the rebuild goes on without it
        }
    }

}
