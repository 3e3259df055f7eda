package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.greencredit.domain.creditfile.EvaluationState;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.evaluation.CycleProgress;

/**
 * 评价进度 of one open cycle: its phase as the read model states it, and its evaluations per state, in the order of
 * the state machine, as one stacked bar of plain divs whose widths are the shares, with the counts written out
 * beside it. It follows the cycle's progress on its own.
 */
final class CycleProgressCard extends DashboardCard {

    private final DashboardClient client;
    private final CycleSummary cycle;
    private final Div bar = new Div();
    private final Span counts = new Span();

    CycleProgressCard(DashboardClient client, CycleSummary cycle) {
        super("dashboard-cycle-" + cycle.cycleId());
        this.client = client;
        this.cycle = cycle;
        addClassName("dashboard-cycle");
        H4 name = new H4(getTranslation("dashboard.cycle.heading", cycle.name(), cycle.cycleId(),
                                        getTranslation("cyclePhase." + cycle.phase())));
        bar.addClassName("dashboard-progress-bar");
        bar.getElement().setAttribute("role", "img");
        counts.setId("dashboard-cycle-" + cycle.cycleId() + "-counts");
        counts.addClassName("dashboard-progress-counts");
        add(name, bar, counts);
    }

    @Override
    protected void draw() {
        show(client.progress(cycle.cycleId()));
    }

    @Override
    protected void subscribe() {
        watch(client.watchProgress(cycle.cycleId()), this::show);
    }

    @Override
    protected String failure(RuntimeException cause) {
        return getTranslation("dashboard.cycle.failed", cycle.name());
    }

    private void show(CycleProgress progress) {
        bar.removeAll();
        StringBuilder words = new StringBuilder(getTranslation("dashboard.cycle.total",
                                                               String.valueOf(progress.evaluations())));
        for (EvaluationState state : EvaluationState.values()) {
            long count = progress.perState().getOrDefault(state, 0L);
            if (count == 0) {
                continue;
            }
            String label = getTranslation("evaluationState." + state);
            Div segment = new Div();
            segment.addClassNames("dashboard-progress-segment",
                                  "dashboard-progress-" + state.name().toLowerCase(Locale.ROOT));
            segment.setWidth(100.0 * count / Math.max(1, progress.evaluations()) + "%");
            segment.getElement().setAttribute("title", label + " " + count);
            bar.add(segment);
            words.append(getTranslation("dashboard.cycle.state", label, String.valueOf(count)));
        }
        counts.setText(words.toString());
        bar.getElement().setAttribute("aria-label", words.toString());
    }
}
