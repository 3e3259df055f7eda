package org.greencredit.ui.dataerror;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.dataerror.DataErrorReportList;
import org.greencredit.projections.dataerror.DataErrorReportSummary;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.fact.CorrectViolationDialog;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.security.SignedInActor;

/**
 * 数据纠错办理: the officer's queue of open data error reports, the nearest deadline first and the overdue marked,
 * kept live. Per report the fact, the reason, the evidence files, and the answers: 更正 opens the credit file's
 * correction form for the fact (a violation — the only kind of fact the credit file corrects) and resolves the
 * report with that correction; 以已有更正办结 takes a correction made since the report in the credit file itself;
 * 不予更正 refuses with a reason.
 */
@Route(value = "data-errors", layout = MainLayout.class)
@Menu(title = "nav.dataErrors", order = 32)
@RolesAllowed("OFFICER")
public class DataErrorQueueView extends VerticalLayout implements HasDynamicTitle {

    private final DataErrorClient client;
    private final DataErrorDesk desk;
    private final CommandClient commands;
    private final Clock clock;
    private final Grid<DataErrorReportSummary> queue = new Grid<>();
    private SubscriptionQueryResult<DataErrorReportList, DataErrorReportSummary> changes;

    public DataErrorQueueView(DataErrorClient client, DataErrorDesk desk, CommandClient commands,
                              SignedInActor signedIn, Clock clock) {
        this.client = client;
        this.desk = desk;
        this.commands = commands;
        this.clock = clock;
        setSizeFull();

        queue.setId("data-error-queue");
        queue.addColumn(DataErrorReportSummary::creditCode).setHeader(getTranslation("enterprise.creditCode"))
             .setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(report -> DataErrorClient.label(report, getLocale())).setHeader(getTranslation("dataError.fact"))
             .setFlexGrow(1).setTooltipGenerator(report -> DataErrorClient.label(report, getLocale()));
        queue.addColumn(DataErrorReportSummary::reason).setHeader(getTranslation("dataError.reason")).setFlexGrow(2)
             .setTooltipGenerator(DataErrorReportSummary::reason);
        queue.addComponentColumn(report -> EvidenceLinks.of(report, desk, signedIn::actor)).setKey("evidence")
             .setHeader(getTranslation("dataError.evidence")).setAutoWidth(true);
        queue.addColumn(report -> String.valueOf(report.reportedOn())).setHeader(getTranslation("dataError.reportedOn"))
             .setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(report -> getTranslation(report.overdue() ? "dataError.deadline.overdue" : "dataError.deadline",
                                                 String.valueOf(report.decisionDeadline())))
             .setHeader(getTranslation("dataError.decisionDeadline")).setAutoWidth(true).setFlexGrow(0);
        queue.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        queue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridCount.show(queue, "grid.empty");
        queue.setItems(query -> client.openReports().stream().skip(query.getOffset()).limit(query.getLimit()),
                       query -> client.openReports().size());

        add(new H2(getTranslation("dataError.queue.title")), new Paragraph(getTranslation("dataError.queue.help")),
            queue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataError.queue.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        changes = client.watchOpenReports();
        changes.updates().subscribe(row -> ui.access(() -> queue.getDataProvider().refreshAll()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        changes.close();
    }

    private Component actions(DataErrorReportSummary report) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.add(new Anchor("enterprises/" + report.creditCode(), getTranslation("reviews.creditFile")));
        if (FactType.VIOLATION.name().equals(report.factType())) {
            actions.add(button("data-error-correct", "dataError.correct", () -> correct(report)));
            actions.add(button("data-error-resolve", "dataError.resolve", () -> resolve(report)));
        }
        actions.add(button("data-error-refuse", "dataError.refuse",
                           () -> new RefuseReportDialog(report, commands, this::refresh).open()));
        return actions;
    }

    /** The credit file's correction form for the fact, prefilled with its attributes; then the report is resolved. */
    private void correct(DataErrorReportSummary report) {
        List<CreditFileEntry> entries = client.entries(report.creditCode());
        entries.stream().filter(entry -> entry.id().equals(report.factId())).findFirst().ifPresentOrElse(
                violation -> new CorrectViolationDialog(commands, violation, entries, BusinessDay.today(clock),
                                                        () -> resolve(report)).open(),
                () -> Notices.error(getTranslation("dataError.fact.notFound", report.factId())));
    }

    private void resolve(DataErrorReportSummary report) {
        try {
            desk.resolveWithLatestCorrection(report.reportId(), null);
            Notices.success(getTranslation("dataError.decided"));
            refresh();
        } catch (CommandRefused refused) {
            Notices.error(RefusalMessages.of(refused.refusal()));
        } catch (RuleViolation refused) {
            Notices.error(RefusalMessages.of(refused.refusal()));
        }
    }

    private void refresh() {
        queue.getDataProvider().refreshAll();
    }

    private Button button(String id, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
