package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.projections.deadline.Deadline;
import org.greencredit.ui.components.GridCount;

/** The deadlines of the next working days, read when the dashboard opens. */
final class DeadlinesCard extends DashboardCard {

    static final int WORKING_DAYS = 10;
    /** The refusal of a horizon counted in a year whose holidays the calendar does not hold yet. */
    private static final String YEAR_UNKNOWN = "calendar.yearUnknown";

    private final DashboardClient client;
    private final Clock clock;
    private final Grid<Deadline> grid = new Grid<>();

    DeadlinesCard(DashboardClient client, Clock clock) {
        super("dashboard-deadlines-card");
        this.client = client;
        this.clock = clock;
        grid.setId("dashboard-deadlines");
        grid.setAllRowsVisible(true);
        grid.addColumn(deadline -> deadline.lastDay().toString()).setHeader(getTranslation("dashboard.deadline.lastDay"))
            .setAutoWidth(true);
        grid.addColumn(deadline -> getTranslation("dashboard.deadline." + deadline.kind().name()))
            .setHeader(getTranslation("dashboard.deadline.kind")).setAutoWidth(true);
        grid.addColumn(deadline -> deadline.cycleId() == null ? "" : deadline.cycleId())
            .setHeader(getTranslation("dashboard.deadline.cycle")).setAutoWidth(true);
        grid.addColumn(deadline -> deadline.creditCode() == null ? "" : deadline.creditCode())
            .setHeader(getTranslation("enterprise.creditCode")).setAutoWidth(true);
        grid.addColumn(deadline -> getTranslation(deadline.lastDay().isBefore(LocalDate.now(clock))
                                                          ? "dashboard.deadline.overdue" : "dashboard.deadline.open"))
            .setHeader(getTranslation("dashboard.deadline.status")).setAutoWidth(true);
        GridCount.show(grid, "grid.empty");
        add(new H3(getTranslation("dashboard.deadlines.title", String.valueOf(WORKING_DAYS))), grid);
    }

    @Override
    protected void draw() {
        List<Deadline> due = client.deadlinesDue(LocalDate.now(clock), WORKING_DAYS);
        grid.setItems(due);
        grid.setEmptyStateText(getTranslation("dashboard.deadlines.none"));
    }

    @Override
    protected String failure(RuntimeException cause) {
        return getTranslation(yearUnknown(cause) ? "dashboard.deadlines.unavailable" : "dashboard.deadlines.failed");
    }

    private static boolean yearUnknown(Throwable cause) {
        for (Throwable step = cause; step != null; step = step.getCause()) {
            if (step instanceof RuleViolation violation && YEAR_UNKNOWN.equals(violation.messageKey())) {
                return true;
            }
        }
        return false;
    }
}
