package org.greencredit.ui.review;

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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.creditfile.ObjectionStatus;
import org.greencredit.domain.creditfile.api.DecideRepair;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.RegradeAfterReview;
import org.greencredit.domain.creditfile.api.RepairOutcome;
import org.greencredit.domain.creditfile.api.ReviewObjection;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.repair.RepairApplicationList;
import org.greencredit.projections.repair.RepairApplicationSummary;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.portal.RepairChecklist.RepairCheck;
import org.greencredit.ui.portal.RepairChecklist;
import org.greencredit.ui.security.SignedInActor;

/**
 * 异议复核: the objections awaiting review and the repair applications awaiting a decision, both kept live. A
 * reviewer decides objections; an officer regrades after an upheld one (having corrected the facts in the credit
 * file) and decides repairs. Other roles see the queues without actions, and the credit file refuses them anyway.
 */
@Route(value = "reviews", layout = MainLayout.class)
@Menu(title = "nav.reviews", order = 30)
@RolesAllowed({"REVIEWER", "OFFICER"})
public class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    private static final String ACTIONS = "actions";

    private final ReviewClient client;
    private final CommandClient commands;
    private final Role role;
    private final Grid<EvaluationSummary> objections = new Grid<>();
    private final Grid<RepairApplicationSummary> repairs = new Grid<>();
    private final RepairChecklist checklist;
    private final Map<String, RepairCheck> factsByFile = new ConcurrentHashMap<>();
    private SubscriptionQueryResult<EvaluationList, EvaluationSummary> objectionChanges;
    private SubscriptionQueryResult<RepairApplicationList, RepairApplicationSummary> repairChanges;

    public ReviewsView(ReviewClient client, CommandClient commands, SignedInActor signedIn,
                       RepairChecklist checklist) {
        this.client = client;
        this.checklist = checklist;
        this.commands = commands;
        this.role = signedIn.user().role();
        setSizeFull();

        objections.setId("reviews-objections");
        objections.addColumn(EvaluationSummary::creditCode).setHeader(getTranslation("enterprise.creditCode"))
                  .setAutoWidth(true).setFlexGrow(0);
        objections.addColumn(EvaluationSummary::enterpriseName).setHeader(getTranslation("enterprise.name"))
                  .setFlexGrow(1).setTooltipGenerator(EvaluationSummary::enterpriseName);
        objections.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        objections.addColumn(EvaluationSummary::cycleId).setHeader(getTranslation("reviews.cycle")).setAutoWidth(true);
        objections.addColumn(row -> getTranslation("reviews.grade", row.preliminaryGrade()))
                  .setHeader(getTranslation("reviews.preliminaryGrade")).setAutoWidth(true);
        objections.addColumn(EvaluationSummary::objectionReason).setHeader(getTranslation("reviews.objectionReason"))
                  .setFlexGrow(2).setTooltipGenerator(EvaluationSummary::objectionReason);
        objections.addColumn(row -> getTranslation(row.reviewOverdue() ? "reviews.deadline.overdue" : "reviews.deadline",
                                                   String.valueOf(row.reviewDeadline())))
                  .setHeader(getTranslation("reviews.reviewDeadline")).setAutoWidth(true);
        objections.addColumn(row -> getTranslation("objectionStatus." + row.objectionStatus()))
                  .setHeader(getTranslation("reviews.status")).setAutoWidth(true);
        objections.addComponentColumn(this::objectionActions).setKey(ACTIONS).setAutoWidth(true);
        GridCount.show(objections, "grid.empty");
        objections.setItems(query -> client.objections().stream().skip(query.getOffset()).limit(query.getLimit()),
                            query -> client.objections().size());

        repairs.setId("reviews-repairs");
        repairs.addColumn(RepairApplicationSummary::creditCode).setHeader(getTranslation("enterprise.creditCode"))
               .setAutoWidth(true).setFlexGrow(0);
        repairs.addColumn(row -> String.join("、", factsOf(row))).setHeader(getTranslation("reviews.repairFacts"))
               .setTooltipGenerator(row -> String.join("、", factsOf(row)));
        repairs.addColumn(row -> row.conditions().stream()
                                    .map(condition -> getTranslation(condition.holds() ? "reviews.condition.met"
                                                                                       : "reviews.condition.notMet",
                                                                     getTranslation("repairCondition." + condition.condition())))
                                    .collect(Collectors.joining("；")))
               .setHeader(getTranslation("reviews.repairConditions")).setFlexGrow(1);
        repairs.addColumn(row -> String.valueOf(row.appliedOn())).setHeader(getTranslation("reviews.appliedOn"))
               .setAutoWidth(true);
        repairs.addColumn(row -> getTranslation(row.overdue() ? "reviews.deadline.overdue" : "reviews.deadline",
                                                String.valueOf(row.decisionDeadline())))
               .setHeader(getTranslation("reviews.decisionDeadline")).setAutoWidth(true);
        repairs.addComponentColumn(this::repairActions).setKey(ACTIONS).setAutoWidth(true);
        GridCount.show(repairs, "grid.empty");
        repairs.setItems(query -> client.repairs().stream().skip(query.getOffset()).limit(query.getLimit()),
                         query -> client.repairs().size());

        add(new H2(getTranslation("reviews.title")), new H3(getTranslation("reviews.objections")), objections,
            new H3(getTranslation("reviews.repairs")), repairs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        objectionChanges = client.watchObjections();
        objectionChanges.updates().subscribe(row -> ui.access(() -> objections.getDataProvider().refreshAll()));
        repairChanges = client.watchRepairs();
        repairChanges.updates().subscribe(row -> ui.access(() -> repairs.getDataProvider().refreshAll()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        objectionChanges.close();
        repairChanges.close();
    }

    private Component objectionActions(EvaluationSummary row) {
        HorizontalLayout actions = new HorizontalLayout();
        Anchor file = new Anchor("enterprises/" + row.creditCode(), getTranslation("reviews.creditFile"));
        actions.add(file);
        if (role == Role.REVIEWER && row.objectionStatus() == ObjectionStatus.FILED) {
            actions.add(button("reviews-review", "reviews.review", () -> new DecisionDialog<>(
                    getTranslation("reviews.review"),
                    getTranslation("reviews.review.summary", row.enterpriseName(), row.cycleId(),
                                   row.objectionReason()),
                    List.of(ObjectionOutcome.UPHELD, ObjectionOutcome.REJECTED),
                    outcome -> getTranslation("objectionStatus." + outcome.name()), getTranslation("field.reasoning"),
                    (outcome, reason) -> new ReviewObjection(row.creditCode(), row.cycleId(), outcome, reason),
                    commands, objections.getDataProvider()::refreshAll).open()));
        }
        if (role == Role.OFFICER && row.objectionStatus() == ObjectionStatus.UPHELD) {
            actions.add(button("reviews-regrade", "reviews.regrade", () -> {
                try {
                    commands.send(new RegradeAfterReview(row.creditCode(), row.cycleId()));
                    Notices.success(getTranslation("reviews.done"));
                    objections.getDataProvider().refreshAll();
                } catch (CommandRefused refused) {
                    Notices.error(RefusalMessages.of(refused.refusal()));
                }
            }));
        }
        return actions;
    }

    private Component repairActions(RepairApplicationSummary row) {
        if (role != Role.OFFICER) {
            return new Span();
        }
        return button("reviews-repair-decide", "reviews.repair.decide", () -> new DecisionDialog<>(
                getTranslation("reviews.repair.decide"),
                getTranslation("reviews.repair.summary", row.creditCode(), String.join("、", row.factIds())),
                List.of(RepairOutcome.APPROVED, RepairOutcome.REJECTED),
                outcome -> getTranslation("repairStatus." + outcome.name()), getTranslation("reviews.repair.reason"),
                (outcome, reason) -> new DecideRepair(row.creditCode(), row.applicationId(), outcome, reason),
                commands, repairs.getDataProvider()::refreshAll).open());
    }

    private Button button(String id, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /**
     * The facts an application names, by their labels: looked up once per credit file in the file itself, since
     * the application holds only their ids.
     */
    private List<String> factsOf(RepairApplicationSummary application) {
        return factsByFile.computeIfAbsent(application.creditCode(), code -> checklist.check(code, List.of(), null))
                          .named(application.factIds(), getLocale());
    }
}
