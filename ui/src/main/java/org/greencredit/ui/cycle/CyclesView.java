package org.greencredit.ui.cycle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.greencredit.domain.actor.Role;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.security.SignedInActor;

/** 评价周期: every cycle, newest first; an officer opens a new one here. A row leads to the cycle's own page. */
@Route(value = "cycles", layout = MainLayout.class)
@Menu(title = "nav.cycles", order = 20)
@RolesAllowed({"OFFICER", "ADMIN", "REVIEWER", "AUDITOR"})
public class CyclesView extends VerticalLayout implements HasDynamicTitle {

    private final CycleClient client;
    private final Grid<CycleSummary> grid = new Grid<>();

    public CyclesView(CycleClient client, CyclePlanner planner, CommandClient commands, SignedInActor signedIn) {
        this.client = client;
        setSizeFull();
        addClassName("cycle-view");

        grid.setId("cycles-grid");
        grid.addColumn(CycleSummary::cycleId).setHeader(getTranslation("cycle.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CycleSummary::name).setHeader(getTranslation("cycle.name")).setFlexGrow(1);
        grid.addColumn(CycleSummary::year).setHeader(getTranslation("cycle.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(cycle -> getTranslation("cyclePhase." + cycle.phase())).setHeader(getTranslation("cycle.phase"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CycleSummary::indicatorVersion).setHeader(getTranslation("cycle.version")).setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(CycleSummary::batchSize).setHeader(getTranslation("cycle.batchSize")).setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(cycle -> CycleSchedules.text(cycle.openedOn())).setHeader(getTranslation("cycle.openedOn"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(cycle -> CycleSchedules.text(cycle.declarationDeadline()))
            .setHeader(getTranslation("cycle.declarationDeadline")).setAutoWidth(true).setFlexGrow(0);
        GridCount.show(grid, "grid.empty");
        grid.addItemClickListener(click -> getUI().ifPresent(
                ui -> ui.navigate(CycleDetailView.class, CycleDetailView.parameters(click.getItem().cycleId()))));
        grid.setItems(query -> client.cycles().stream().skip(query.getOffset()).limit(query.getLimit()),
                      query -> client.cycles().size());

        HorizontalLayout actions = new HorizontalLayout();
        if (signedIn.user().role() == Role.OFFICER) {
            Button open = new Button(getTranslation("cycle.open"),
                                     click -> new OpenCycleDialog(client, planner, commands, this::refresh).open());
            open.setId("cycle-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(open);
        }
        add(new H2(getTranslation("cycle.title")), actions, grid);
        setFlexGrow(1, grid);
    }

    /** Reads the list again (the read model follows the cycle's events within moments). */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cycle.title");
    }
}
