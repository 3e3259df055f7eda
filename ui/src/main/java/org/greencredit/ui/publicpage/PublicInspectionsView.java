package org.greencredit.ui.publicpage;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.projections.inspection.PublishedInspection;
import org.greencredit.projections.inspection.PublishedInspections;
import org.greencredit.ui.components.GridCount;

/**
 * 双随机抽查结果公开 (一公开), open to everyone without signing in: per ended quarter, the draw in force — the day it
 * was drawn, its seed and the SHA-256 of its recorded inputs, with which the draw can be recomputed by the
 * documented algorithm — and its enterprises (name, credit code, supervision tier, on site at random, on site for
 * the yearly minimum, or off site for the 正面清单) with their results: the outcome, the day, and whether a
 * violation was recorded. Never an inspector's name or id, a note, or a violation's details. A quarter is shown
 * from the day after its last day ({@link PublicInspectionsClient}). The list is lazy, so the enterprise names of a
 * long plan are read one page at a time.
 */
@Route("public/inspections")
@AnonymousAllowed
public class PublicInspectionsView extends VerticalLayout implements HasDynamicTitle {

    private final PublicInspectionsClient client;
    private final Select<String> period = new Select<>();
    private final Paragraph drawn = new Paragraph();
    private final Paragraph seed = new Paragraph();
    private final Paragraph inputHash = new Paragraph();
    private final Grid<Row> grid = new Grid<>();

    public PublicInspectionsView(PublicInspectionsClient client) {
        this.client = client;
        addClassName("public-page");

        H2 title = new H2(getTranslation("public.inspections.title"));
        title.setId("public-inspections-title");
        Paragraph intro = new Paragraph(getTranslation("public.inspections.intro"));
        intro.setId("public-inspections-intro");

        period.setId("public-inspections-period");
        period.setLabel(getTranslation("public.inspections.period"));
        period.addValueChangeListener(change -> show(change.getValue()));
        drawn.setId("public-inspections-drawn");
        seed.setId("public-inspections-seed");
        seed.addClassName("public-inspections-code");
        inputHash.setId("public-inspections-hash");
        inputHash.addClassName("public-inspections-code");

        grid.setId("public-inspections-grid");
        grid.addColumn(Row::name).setHeader(getTranslation("enterprise.name")).setFlexGrow(1).setWidth("16em")
            .setTooltipGenerator(Row::name);
        grid.addColumn(row -> row.inspection().creditCode()).setHeader(getTranslation("enterprise.creditCode"))
            .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("creditfile.tier." + row.inspection().tier()))
            .setHeader(getTranslation("public.inspections.tier")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("public.inspections.basis." + row.inspection().basis().name()))
            .setHeader(getTranslation("public.inspections.basis")).setAutoWidth(true);
        grid.addColumn(row -> outcome(row.inspection())).setHeader(getTranslation("public.inspections.outcome"))
            .setAutoWidth(true);
        grid.addColumn(row -> row.inspection().inspectedOn() == null ? "" : row.inspection().inspectedOn().toString())
            .setHeader(getTranslation("public.inspections.inspectedOn")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridCount.show(grid, "public.inspections.none");

        add(new PublicHeader(), title, intro, period, drawn, seed, inputHash, grid);
        List<String> periods = client.publishedPeriods();
        period.setItems(periods);
        periods.stream().findFirst().ifPresentOrElse(period::setValue, () -> show(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.inspections.title");
    }

    private void show(String chosen) {
        PublishedInspections plan = chosen == null ? null : client.published(chosen).orElse(null);
        drawn.setVisible(plan != null);
        seed.setVisible(plan != null);
        inputHash.setVisible(plan != null);
        if (plan == null) {
            grid.setItems(List.of());
            return;
        }
        drawn.setText(getTranslation("public.inspections.drawnOn", plan.period(), plan.drawnOn().toString()));
        seed.setText(getTranslation("public.inspections.seed", plan.seed()));
        inputHash.setText(getTranslation("public.inspections.hash", plan.inputHash()));
        List<PublishedInspection> rows = plan.inspections();
        grid.setItems(query -> rows.stream().skip(query.getOffset()).limit(query.getLimit())
                                   .map(row -> new Row(row, client.name(row.creditCode()))),
                      query -> rows.size());
    }

    private String outcome(PublishedInspection row) {
        if (row.outcome() == null) {
            return getTranslation("public.inspections.outcome.pending");
        }
        if (row.outcome() == InspectionOutcome.PROBLEM_FOUND && row.violationRecorded()) {
            return getTranslation("public.inspections.outcome.PROBLEM_FOUND.violation");
        }
        return getTranslation("public.inspections.outcome." + row.outcome().name());
    }

    /** A published inspection with the enterprise's name, as one row shows it. */
    public record Row(PublishedInspection inspection, String name) {
    }
}
