package org.greencredit.ui.cycle;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.cycle.api.CloseCycle;
import org.greencredit.domain.cycle.api.CloseDeclarationPhase;
import org.greencredit.domain.cycle.api.CloseDisclosurePhase;
import org.greencredit.domain.cycle.api.CloseVerificationPhase;
import org.greencredit.domain.cycle.api.PublishFinalGrades;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.evaluation.CycleProgress;
import org.greencredit.projections.evaluation.CycleStatistics;
import org.greencredit.projections.evaluation.FindCycleStatistics.GroupBy;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.security.SignedInActor;

/**
 * One evaluation cycle: its phase and schedule, how far each phase change has been carried through the batch (kept
 * live while one runs), its progress per evaluation state and grade (kept live while open),
 * statistics per street/town or industry, the enterprises excluded and why, and — for an officer — the action the
 * phase calls for. The cycle refuses an action whose deadline has not passed; the refusal is shown translated.
 */
@Route(value = "cycles/:cycleId", layout = MainLayout.class)
@RolesAllowed({"OFFICER", "ADMIN", "REVIEWER", "AUDITOR"})
public class CycleDetailView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String CYCLE_ID = "cycleId";

    private final CycleClient client;
    private final CommandClient commands;
    private final boolean officer;
    private final H2 title = new H2();
    private final Span phase = new Span();
    private final Div schedule = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div progress = new Div();
    private final FanOutPanel fanOuts;
    private final Select<GroupBy> groupBy = new Select<>();
    private final Div statistics = new Div();
    private final Grid<CycleSummary.Exclusion> excluded = new Grid<>();
    private final UploadSection uploads;
    private final boolean seesUploads;
    private String cycleId;
    private CycleSummary cycle;
    private SubscriptionQueryResult<CycleProgress, CycleProgress> watched;

    public CycleDetailView(CycleClient client, CommandClient commands, SignedInActor signedIn,
                           ResultsUploads resultsUploads) {
        this.client = client;
        this.commands = commands;
        Role role = signedIn.user().role();
        this.officer = role == Role.OFFICER;
        this.seesUploads = role == Role.OFFICER || role == Role.ADMIN || role == Role.AUDITOR;
        this.uploads = new UploadSection(resultsUploads, signedIn.actor(), role == Role.OFFICER || role == Role.ADMIN);
        uploads.setVisible(false);
        addClassName("cycle-view");
        title.setId("cycle-title");
        phase.setId("cycle-phase");
        phase.addClassName("cycle-phase");
        schedule.setId("cycle-schedule");
        actions.setId("cycle-actions");
        progress.setId("cycle-progress");
        progress.addClassName("cycle-progress");
        fanOuts = new FanOutPanel(() -> client.fanOuts(cycleId), this::refresh);
        groupBy.setId("cycle-statistics-group");
        groupBy.setItems(GroupBy.values());
        groupBy.setItemLabelGenerator(group -> getTranslation("cycle.statistics." + group.name()));
        groupBy.setValue(GroupBy.SUBDISTRICT);
        groupBy.addValueChangeListener(change -> showStatistics());
        statistics.setId("cycle-statistics");
        statistics.addClassName("cycle-progress");
        excluded.setId("cycle-excluded");
        excluded.setAllRowsVisible(true);
        excluded.addColumn(CycleSummary.Exclusion::creditCode).setHeader(getTranslation("enterprise.creditCode"))
                .setAutoWidth(true).setFlexGrow(0);
        excluded.addColumn(exclusion -> getTranslation(exclusion.reason(), exclusion.creditCode())).setHeader(getTranslation("cycle.excluded.reason"))
                .setFlexGrow(1);

        GridCount.show(excluded, "grid.empty");
        add(title, new HorizontalLayout(new Span(getTranslation("cycle.phase")), phase), schedule, actions,
            new H3(getTranslation("cycle.progress")), fanOuts, progress,
            new H3(getTranslation("cycle.statistics")), groupBy, statistics,
            new H3(getTranslation("cycle.excluded")), excluded, uploads);
    }

    public static RouteParameters parameters(String cycleId) {
        return new RouteParameters(CYCLE_ID, cycleId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleId = event.getRouteParameters().get(CYCLE_ID).orElse("");
        refresh();
    }

    @Override
    public String getPageTitle() {
        return cycle == null ? getTranslation("cycle.title") : cycle.name();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        watched = client.watchProgress(cycleId);
        watched.initialResult().subscribe(initial -> ui.access(() -> showProgress(initial)));
        watched.updates().subscribe(update -> ui.access(() -> {
            showProgress(update);
            refresh();
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (watched != null) {
            watched.close();
            watched = null;
        }
    }

    private void refresh() {
        cycle = client.cycle(cycleId);
        if (cycle == null) {
            title.setText(getTranslation("cycle.notFound", cycleId));
            return;
        }
        title.setText(cycle.name() + "（" + cycle.cycleId() + "）");
        phase.setText(getTranslation("cyclePhase." + cycle.phase()));
        schedule.removeAll();
        schedule.add(CycleSchedules.of(cycle.openedOn(), cycle.declarationDeadline(), cycle.verificationDeadline(),
                                       cycle.disclosureStart(), cycle.disclosureEnd()));
        excluded.setItems(cycle.excluded());
        uploads.setVisible(seesUploads && cycle.gradesPublished());
        if (uploads.isVisible()) {
            uploads.show(cycleId);
        }
        showActions();
        showStatistics();
        fanOuts.show();
    }

    private void showActions() {
        actions.removeAll();
        if (!officer) {
            return;
        }
        switch (cycle.phase()) {
            case DECLARATION -> actions.add(action("cycle-close-declaration", "cycle.action.closeDeclaration",
                                                     CloseDeclarationPhase::new));
            case VERIFICATION -> actions.add(action("cycle-close-verification", "cycle.action.closeVerification",
                                                      CloseVerificationPhase::new));
            case DISCLOSURE -> actions.add(action("cycle-close-disclosure", "cycle.action.closeDisclosure",
                                                    CloseDisclosurePhase::new));
            case REVIEW -> actions.add(action("cycle-publish", "cycle.action.publish", PublishFinalGrades::new));
            case PUBLISHED -> actions.add(action("cycle-close", "cycle.action.close", CloseCycle::new));
            default -> { }
        }
    }

    private Button action(String id, String labelKey, Function<String, Object> command) {
        Button button = new Button(getTranslation(labelKey), click -> {
            try {
                commands.send(command.apply(cycleId));
                Notices.success(getTranslation("cycle.action.done", getTranslation(labelKey)));
                refresh();
            } catch (CommandRefused refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void showProgress(CycleProgress shown) {
        progress.removeAll();
        if (shown == null) {
            return;
        }
        Span total = new Span(getTranslation("cycle.progress.total", shown.evaluations()));
        total.setId("cycle-progress-total");
        progress.add(total);
        progress.add(Bars.section(getTranslation("cycle.progress.perState"), "cycle-progress-state",
                                  shown.perState(), state -> getTranslation("evaluationState." + state),
                                  shown.evaluations()));
        progress.add(Bars.section(getTranslation("cycle.progress.perPreliminaryGrade"), "cycle-progress-preliminary",
                                  shown.perPreliminaryGrade(), grade -> getTranslation("cycle.grade", grade),
                                  shown.evaluations()));
        progress.add(Bars.section(getTranslation("cycle.progress.perFinalGrade"), "cycle-progress-final",
                                  shown.perFinalGrade(), grade -> getTranslation("cycle.grade", grade),
                                  shown.evaluations()));
        progress.add(Bars.section(getTranslation("cycle.progress.objections"), "cycle-progress-objections",
                                  shown.objectionsPerStatus(), status -> getTranslation("objectionStatus." + status),
                                  shown.evaluations()));
    }

    private void showStatistics() {
        statistics.removeAll();
        CycleStatistics counted = client.statistics(cycleId, groupBy.getValue());
        for (Map.Entry<String, Map<String, Long>> group : counted.gradesPerGroup().entrySet()) {
            long inGroup = group.getValue().values().stream().mapToLong(Long::longValue).sum();
            String label = groupBy.getValue() == GroupBy.SUBDISTRICT
                    ? getTranslation("subdistrict." + group.getKey()) : group.getKey();
            statistics.add(Bars.section(label, "cycle-statistics-" + group.getKey(), group.getValue(),
                                        grade -> getTranslation("cycle.grade", grade), inGroup));
        }
    }
}
