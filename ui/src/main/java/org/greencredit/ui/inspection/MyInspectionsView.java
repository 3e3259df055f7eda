package org.greencredit.ui.inspection;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.projections.inspector.InspectorSummary;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.catalog.IndicatorCatalogReader;
import org.greencredit.ui.security.SignedInActor;

/**
 * 我的检查任务: the inspections the signed-in user was drawn for as an inspector of the 执法人员名录 — of the draws in
 * force, this quarter's and earlier ones — with the partner inspector's name, and the recording of their results.
 * An account no active directory entry names is told so: it cannot be drawn, and the plan would refuse its results.
 */
@Route(value = "my-inspections", layout = MainLayout.class)
@Menu(title = "nav.myInspections", order = 53)
@RolesAllowed({"INSPECTOR", "OFFICER"})
public class MyInspectionsView extends VerticalLayout implements HasDynamicTitle {

    private final InspectionWork work;
    private final SignedInActor signedIn;
    private final IndicatorCatalogReader catalog;
    private final Clock clock;
    private final Grid<InspectionEntry> grid = new Grid<>();
    private InspectionTexts texts;
    private Map<String, String> names = Map.of();

    public MyInspectionsView(InspectionWork work, SignedInActor signedIn, IndicatorCatalogReader catalog,
                             Clock clock) {
        this.work = work;
        this.signedIn = signedIn;
        this.catalog = catalog;
        this.clock = clock;
        H2 title = new H2(getTranslation("myInspections.title"));
        title.setId("my-inspections-title");
        add(title);

        Optional<InspectorSummary> inspector = work.inspectorOf(signedIn.user().getUsername())
                                                .filter(InspectorSummary::active);
        if (inspector.isEmpty()) {
            Span notLinked = new Span(getTranslation("myInspections.notLinked", signedIn.user().getUsername()));
            notLinked.setId("my-inspections-not-linked");
            add(notLinked);
            return;
        }
        String inspectorId = inspector.get().inspectorId();
        Paragraph who = new Paragraph(getTranslation("myInspections.who", inspector.get().name(),
                                                     inspector.get().department()));
        who.setId("my-inspections-who");

        grid.setId("my-inspections-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(InspectionEntry::period).setHeader(getTranslation("inspections.period")).setAutoWidth(true);
        grid.addColumn(entry -> names.getOrDefault(entry.creditCode(), "")).setHeader(getTranslation("inspections.name"))
            .setFlexGrow(1);
        grid.addColumn(InspectionEntry::creditCode).setHeader(getTranslation("inspections.creditCode"))
            .setAutoWidth(true);
        grid.addColumn(entry -> texts.tier(entry.tier())).setHeader(getTranslation("inspections.tier"))
            .setAutoWidth(true);
        grid.addColumn(entry -> texts.basis(entry)).setHeader(getTranslation("inspections.basis")).setAutoWidth(true);
        grid.addColumn(entry -> entry.inspectorIds().stream().filter(id -> !id.equals(inspectorId))
                                     .map(texts::inspector).collect(Collectors.joining("、")))
            .setKey("partner").setHeader(getTranslation("myInspections.partner")).setAutoWidth(true);
        grid.addColumn(entry -> texts.outcome(entry)).setKey("outcome").setHeader(getTranslation("inspections.outcome"))
            .setFlexGrow(1);
        grid.addComponentColumn(entry -> {
            Button record = new Button(getTranslation(entry.outcome() == null ? "inspections.record"
                                                                              : "inspections.correct"),
                    click -> new ResultDialog(work, signedIn.actor(), entry,
                                              names.getOrDefault(entry.creditCode(), entry.creditCode()), texts,
                                              BusinessDay.today(clock), () -> refresh(inspectorId)).open());
            record.setId("my-inspections-record-" + entry.period() + "-" + entry.creditCode());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return record;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        GridCount.show(grid, "myInspections.none");
        add(who, grid);
        refresh(inspectorId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myInspections.title");
    }

    private void refresh(String inspectorId) {
        texts = new InspectionTexts(this, getLocale(), catalog, work.inspectorNames());
        List<InspectionEntry> entries = work.inspectionsOf(inspectorId);
        names = work.enterpriseNames(entries.stream().map(InspectionEntry::creditCode).toList());
        grid.setItems(entries);
    }
}
