package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One card of the dashboard: it reads its own data when attached, keeps its own subscriptions while attached, and
 * when reading fails says so in its own words, so one read model that cannot answer leaves the other cards as they
 * are.
 */
abstract class DashboardCard extends Div {

    /** A burst of changes (a cycle graded at once) redraws once per period, not once per enterprise. */
    private static final Duration REDRAW_AT_MOST_EVERY = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(DashboardCard.class);

    private final Span failure = new Span();
    private final List<SubscriptionQueryResult<?, ?>> subscriptions = new ArrayList<>();
    private UI ui;

    DashboardCard(String id) {
        setId(id);
        addClassName("dashboard-card");
        failure.setId(id + "-failure");
        failure.addClassName("dashboard-card-failure");
        failure.setVisible(false);
        add(failure);
    }

    /** Reads the card's data and draws it; any failure is reported by {@link #failure(RuntimeException)}. */
    protected abstract void draw();

    /** Opens the subscriptions that keep the card live, through {@link #watch}. */
    protected void subscribe() {
    }

    /** The translated sentence that tells the user this card's data could not be read. */
    protected abstract String failure(RuntimeException cause);

    protected final <U> void watch(SubscriptionQueryResult<?, U> result, Consumer<U> update) {
        subscriptions.add(result);
        UI attachedTo = ui;
        result.updates().sample(REDRAW_AT_MOST_EVERY)
              .subscribe(changed -> attachedTo.access(() -> {
                  if (guarded(() -> update.accept(changed))) {
                      failure.setVisible(false);
                  }
              }));
    }

    protected final void redraw() {
        if (guarded(this::draw)) {
            failure.setVisible(false);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
        redraw();
        guarded(this::subscribe);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscriptions.forEach(SubscriptionQueryResult::close);
        subscriptions.clear();
    }

    private boolean guarded(Runnable step) {
        try {
            step.run();
            return true;
        } catch (RuntimeException cause) {
            LOG.warn("Dashboard card {} could not read its data", getId().orElse(""), cause);
            failure.setText(failure(cause));
            failure.setVisible(true);
            return false;
        }
    }
}
