package org.greencredit.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.repair.RepairApplicationSummary;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.dataerror.DataErrorClient;
import org.greencredit.ui.dataerror.DataErrorDesk;
import org.greencredit.ui.dataerror.DataErrorSection;
import org.greencredit.ui.security.SignedInActor;

/**
 * 本企业信用档案 (enterprise portal): the enterprise's current evaluation with its state and deadlines, where it
 * declares items during the declaration phase and objects to its preliminary grade during disclosure; its credit
 * repair with the live checklist of conditions, and its repair applications; its facts, each of which it may report
 * as wrong at any time (数据纠错), and its reports. Only its own file: the credit code
 * comes from the signed-in account, never from the address.
 */
@Route(value = "my-file", layout = MainLayout.class)
@Menu(title = "nav.myFile", order = 5)
@RolesAllowed("ENTERPRISE")
public class MyFileView extends VerticalLayout implements HasDynamicTitle {

    private final String creditCode;
    private final PortalClient client;
    private final CommandClient commands;
    private final Div evaluation = new Div();
    private final Grid<RepairApplicationSummary> repairs = new Grid<>();
    private final RepairSection repairSection;
    private final RepairChecklist checklist;
    private RepairChecklist.RepairCheck facts;

    public MyFileView(PortalClient client, CommandClient commands, RepairChecklist checklist,
                      SignedInActor signedIn, DataErrorClient dataErrors, DataErrorDesk dataErrorDesk) {
        this.creditCode = signedIn.user().creditCode();
        this.client = client;
        this.commands = commands;
        this.checklist = checklist;
        addClassName("portal-view");
        Anchor creditFile = new Anchor("enterprises/" + creditCode, getTranslation("portal.creditFileLink"));
        creditFile.setId("portal-credit-file-link");
        evaluation.setId("portal-evaluation");
        evaluation.addClassName("portal-card");

        repairs.setId("portal-repairs");
        repairs.setAllRowsVisible(true);
        repairs.addColumn(application -> String.valueOf(application.appliedOn()))
               .setHeader(getTranslation("portal.repairs.appliedOn")).setAutoWidth(true);
        repairs.addColumn(application -> String.join("、", facts.named(application.factIds(), getLocale())))
               .setHeader(getTranslation("portal.repairs.facts")).setFlexGrow(1);
        repairs.addColumn(application -> getTranslation("repairStatus." + application.status()))
               .setHeader(getTranslation("portal.repairs.status")).setAutoWidth(true);
        repairs.addColumn(application -> String.valueOf(application.decisionDeadline()))
               .setHeader(getTranslation("portal.repairs.deadline")).setAutoWidth(true);
        repairs.addColumn(application -> application.rejectionReason() == null ? "" : application.rejectionReason())
               .setHeader(getTranslation("portal.repairs.rejectionReason")).setAutoWidth(true);

        GridCount.show(repairs, "grid.empty");
        repairSection = new RepairSection(creditCode, checklist, commands, this::refresh);
        add(new H2(getTranslation("portal.title")), new HorizontalLayout(new Span(creditCode), creditFile),
            evaluation, repairSection, new H3(getTranslation("portal.repairs")), repairs,
            new DataErrorSection(creditCode, dataErrors, dataErrorDesk, commands, signedIn.actor()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }

    private void refresh() {
        showEvaluation(client.currentEvaluation(creditCode));
        facts = checklist.check(creditCode, List.of(), null);
        repairs.setItems(client.repairApplications(creditCode));
        repairSection.refresh();
    }

    private void showEvaluation(Optional<EvaluationSummary> current) {
        evaluation.removeAll();
        evaluation.add(new H3(getTranslation("portal.evaluation")));
        if (current.isEmpty()) {
            evaluation.add(new Span(getTranslation("portal.evaluation.none")));
            return;
        }
        EvaluationSummary shown = current.get();
        Div dates = new Div();
        dates.addClassName("cycle-dates");
        evaluation.add(dates);
        Span state = new Span(getTranslation("evaluationState." + shown.state()));
        state.setId("portal-evaluation-state");
        state.addClassName("cycle-phase");
        dates.add(line("portal.evaluation.cycle", new Span(shown.cycleId())),
                       line("portal.evaluation.state", state),
                       line("portal.evaluation.declarationDeadline", date(shown.declarationDeadline())),
                       line("portal.evaluation.verificationDeadline", date(shown.verificationDeadline())));
        if (shown.preliminaryGrade() != null) {
            Span grade = new Span(getTranslation("portal.grade", shown.preliminaryGrade()));
            grade.setId("portal-preliminary-grade");
            Span deadline = date(shown.disclosureEnd());
            deadline.setId("portal-objection-deadline");
            dates.add(line("portal.evaluation.preliminaryGrade", grade),
                           line("portal.evaluation.disclosure",
                                new Span(getTranslation("portal.range", text(shown.disclosureStart()),
                                                        text(shown.disclosureEnd())))),
                           line("portal.evaluation.objectionDeadline", deadline));
        }
        if (shown.finalGrade() != null) {
            Span grade = new Span(getTranslation("portal.grade", shown.finalGrade()));
            grade.setId("portal-final-grade");
            dates.add(line("portal.evaluation.finalGrade", grade));
        }
        if (shown.objectionStatus() != null) {
            Span status = new Span(getTranslation("objectionStatus." + shown.objectionStatus()));
            status.setId("portal-objection-status");
            dates.add(line("portal.evaluation.objection", status));
        }
        if (shown.acceptsDeclarations()) {
            Button declare = new Button(getTranslation("portal.declare"),
                                        click -> new DeclareItemDialog(creditCode, commands, this::refresh).open());
            declare.setId("portal-declare");
            declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            evaluation.add(declare);
        }
        if (shown.acceptsObjection()) {
            Button object = new Button(getTranslation("portal.objection"),
                                       click -> new FileObjectionDialog(shown, commands, this::refresh).open());
            object.setId("portal-file-objection");
            object.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            evaluation.add(object);
        }
    }

    private Div line(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("cycle-dates-label");
        Div line = new Div(label, value);
        line.addClassName("cycle-dates-row");
        return line;
    }

    private static Span date(LocalDate day) {
        return new Span(text(day));
    }

    private static String text(LocalDate day) {
        return day == null ? "—" : day.toString();
    }
}
