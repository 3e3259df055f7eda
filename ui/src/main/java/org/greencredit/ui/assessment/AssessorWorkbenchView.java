package org.greencredit.ui.assessment;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.creditfile.EvaluationState;
import org.greencredit.domain.creditfile.api.CompleteVerification;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.creditfile.EnterpriseCreditFileView;
import org.greencredit.ui.i18n.AttributeLabels;
import org.greencredit.ui.fact.RecordFactDialog;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 评价机构工作台: the declared items awaiting on-site verification in every cycle, kept live; the assessor verifies
 * each, completes the verification of an enterprise once nothing is pending, and records diagnosis findings and
 * rectifications in an enterprise's file.
 */
@Route(value = "assessment", layout = MainLayout.class)
@Menu(title = "nav.assessment", order = 40)
@RolesAllowed("ASSESSOR")
public class AssessorWorkbenchView extends VerticalLayout implements HasDynamicTitle {

    private final AssessmentClient client;
    private final CommandClient commands;
    private final Clock clock;
    /** Evaluation rows in verification, by credit code and cycle, as the subscription last told them. */
    private final Map<String, EvaluationSummary> inVerification = new LinkedHashMap<>();
    private final Grid<PendingItem> pending = new Grid<>();
    private final Grid<EvaluationSummary> ready = new Grid<>();
    private final Button verify = new Button();
    private final Button recordFact = new Button();
    private SubscriptionQueryResult<EvaluationList, EvaluationSummary> watched;

    public AssessorWorkbenchView(AssessmentClient client, CommandClient commands, Clock clock) {
        this.client = client;
        this.commands = commands;
        this.clock = clock;
        setSizeFull();

        pending.setId("assessment-pending");
        pending.addColumn(row -> row.evaluation().enterpriseName()).setHeader(getTranslation("enterprise.name"))
               .setFlexGrow(1);
        pending.addColumn(row -> row.evaluation().creditCode()).setHeader(getTranslation("enterprise.creditCode"))
               .setAutoWidth(true).setFlexGrow(0);
        pending.addColumn(row -> row.evaluation().cycleId()).setHeader(getTranslation("assessment.cycle"))
               .setAutoWidth(true).setFlexGrow(0);
        pending.addColumn(row -> row.evaluation().verificationDeadline())
               .setHeader(getTranslation("assessment.deadline")).setAutoWidth(true).setFlexGrow(0);
        pending.addColumn(row -> getTranslation("factType." + row.item().type())).setHeader(getTranslation("fact.type"))
               .setAutoWidth(true).setFlexGrow(0);
        pending.addColumn(row -> row.item().occurredOn()).setHeader(getTranslation("field.occurredOn"))
               .setAutoWidth(true).setFlexGrow(0);
        pending.addColumn(row -> AttributeLabels.summary(FactType.valueOf(row.item().type()), row.item().attributes(),
                                                         (key, args) -> getTranslation(key, args)))
               .setHeader(getTranslation("creditfile.entry.attributes")).setFlexGrow(1);
        GridCount.show(pending, "grid.empty");
        pending.addSelectionListener(selection -> {
            verify.setEnabled(selection.getFirstSelectedItem().isPresent());
            recordFact.setEnabled(selection.getFirstSelectedItem().isPresent());
        });

        verify.setText(getTranslation("assessment.verify.open"));
        verify.setId("assessment-verify-open");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setEnabled(false);
        verify.addClickListener(click -> pending.getSelectedItems().stream().findFirst().ifPresent(
                row -> new VerifyItemDialog(commands, row, BusinessDay.today(clock), this::showRows).open()));
        recordFact.setText(getTranslation("fact.record.title"));
        recordFact.setId("assessment-record-fact-open");
        recordFact.setEnabled(false);
        recordFact.addClickListener(click -> pending.getSelectedItems().stream().findFirst().ifPresent(
                row -> openRecordFact(row.evaluation().creditCode())));
        Button openFile = new Button(getTranslation("assessment.openFile"), click -> pending.getSelectedItems()
                .stream().findFirst().ifPresent(row -> EnterpriseCreditFileView.open(row.evaluation().creditCode())));
        openFile.setId("assessment-open-file");

        ready.setId("assessment-ready");
        ready.addColumn(EvaluationSummary::enterpriseName).setHeader(getTranslation("enterprise.name")).setFlexGrow(1);
        ready.addColumn(EvaluationSummary::creditCode).setHeader(getTranslation("enterprise.creditCode"))
             .setAutoWidth(true).setFlexGrow(0);
        ready.addColumn(EvaluationSummary::cycleId).setHeader(getTranslation("assessment.cycle"))
             .setAutoWidth(true).setFlexGrow(0);
        GridCount.show(ready, "grid.empty");
        ready.setAllRowsVisible(true);
        Button complete = new Button(getTranslation("assessment.complete"), click -> ready.getSelectedItems().stream()
                .findFirst().ifPresent(this::complete));
        complete.setId("assessment-complete");
        complete.setEnabled(false);
        ready.addSelectionListener(selection -> complete.setEnabled(selection.getFirstSelectedItem().isPresent()));

        add(new H2(getTranslation("nav.assessment")), new H3(getTranslation("assessment.pending.title")),
            new HorizontalLayout(verify, recordFact, openFile), pending,
            new H3(getTranslation("assessment.ready.title")), complete, ready);
        setFlexGrow(1, pending);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assessment");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        watched = client.watchAwaitingVerification();
        EvaluationList initial = watched.initialResult().block();
        if (initial != null) {
            initial.evaluations().forEach(this::remember);
        }
        showRows();
        watched.updates().subscribe(row -> ui.access(() -> {
            remember(row);
            showRows();
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (watched != null) {
            watched.close();
            watched = null;
        }
    }

    private void remember(EvaluationSummary row) {
        String key = row.creditCode() + ":" + row.cycleId();
        if (row.state() == EvaluationState.VERIFICATION) {
            inVerification.put(key, row);
        } else {
            inVerification.remove(key);
        }
    }

    /** Rebuilds both lists from what the subscription told: items still pending, and evaluations with none left. */
    private void showRows() {
        List<PendingItem> items = new ArrayList<>();
        List<EvaluationSummary> done = new ArrayList<>();
        for (EvaluationSummary evaluation : inVerification.values()) {
            if (evaluation.pendingItems().isEmpty()) {
                done.add(evaluation);
                continue;
            }
            List<String> ids = evaluation.pendingItems();
            for (CreditFileEntry entry : client.entries(evaluation.creditCode()).entries()) {
                if (ids.contains(entry.id())) {
                    items.add(new PendingItem(evaluation, entry));
                }
            }
        }
        pending.setItems(items);
        ready.setItems(done);
    }

    private void openRecordFact(String creditCode) {
        new RecordFactDialog(commands, Role.ASSESSOR, creditCode, client.entries(creditCode).entries(),
                             BusinessDay.today(clock), this::showRows).open();
    }

    private void complete(EvaluationSummary evaluation) {
        try {
            commands.send(new CompleteVerification(evaluation.creditCode(), evaluation.cycleId()));
            Notices.success(getTranslation("assessment.complete.done", evaluation.enterpriseName()));
        } catch (CommandRefused refused) {
            Notices.error(RefusalMessages.of(refused.refusal()));
        }
    }
}
