package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.axonframework.queryhandling.SubscriptionQueryResult;

/**
 * One work queue of the signed-in role: how many items wait (a count query), and the way to the page that works
 * them.
 */
final class QueueCard extends DashboardCard {

    private final String kind;
    private final LongSupplier count;
    private final Supplier<SubscriptionQueryResult<?, ?>> changes;
    private final Span number = new Span();

    QueueCard(String kind, String route, LongSupplier count, Supplier<SubscriptionQueryResult<?, ?>> changes) {
        super("dashboard-queue-card-" + kind);
        this.kind = kind;
        this.count = count;
        this.changes = changes;
        addClassName("dashboard-queue");
        number.setId("dashboard-queue-" + kind + "-count");
        number.addClassName("dashboard-queue-count");
        Anchor open = new Anchor(route, getTranslation("dashboard.queue.open"));
        open.setId("dashboard-queue-" + kind);
        add(new Span(getTranslation("dashboard.queue." + kind)), number, open);
    }

    @Override
    protected void draw() {
        number.setText(String.valueOf(count.getAsLong()));
    }

    @Override
    protected void subscribe() {
        watch(changes.get(), changed -> draw());
    }

    @Override
    protected String failure(RuntimeException cause) {
        return getTranslation("dashboard.queue.failed", getTranslation("dashboard.queue." + kind));
    }
}
