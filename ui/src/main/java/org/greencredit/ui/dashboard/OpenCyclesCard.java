package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.greencredit.projections.cycle.CycleSummary;

/** The cycles still open, each as a {@link CycleProgressCard} of its own, listed when the dashboard opens. */
final class OpenCyclesCard extends DashboardCard {

    private final DashboardClient client;
    private final Div cycles = new Div();

    OpenCyclesCard(DashboardClient client) {
        super("dashboard-cycles-card");
        this.client = client;
        cycles.setId("dashboard-cycles");
        add(new H3(getTranslation("dashboard.cycles.title")), cycles);
    }

    @Override
    protected void draw() {
        List<CycleSummary> open = client.cycles().stream().filter(CycleSummary::open).toList();
        cycles.removeAll();
        if (open.isEmpty()) {
            cycles.add(new Paragraph(getTranslation("dashboard.cycles.none")));
        }
        open.forEach(cycle -> cycles.add(new CycleProgressCard(client, cycle)));
    }

    @Override
    protected String failure(RuntimeException cause) {
        return getTranslation("dashboard.cycles.failed");
    }
}
