package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.IntSupplier;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.indicator.GradeDefinition;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.deadline.Deadline;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.indicator.IndicatorCatalogReader;
import org.greencredit.ui.security.SignedInActor;
import org.greencredit.ui.security.SignedInUser;

/**
 * 工作台: where every signed-in user starts. Everyone sees how the grades in force are distributed; staff see the
 * progress of open cycles, the deadlines of the next ten working days and the work queues of their role; an
 * enterprise sees its own grade, a partner department its way to the supervision lists. The counts follow the
 * read models live (subscription queries, pushed to the browser).
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.dashboard", order = 0)
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int DEADLINE_WORKING_DAYS = 10;
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.OFFICER, Role.ASSESSOR, Role.REVIEWER,
                                                      Role.AUDITOR);
    private static final Duration INITIAL_ANSWER = Duration.ofSeconds(10);
    /** A burst of changes (a cycle graded at once) redraws once per period, not once per enterprise. */
    private static final Duration REDRAW_AT_MOST_EVERY = Duration.ofMillis(500);

    private final DashboardClient client;
    private final Clock clock;
    private final SignedInUser user;
    private final List<GradeDefinition> grades;
    private final GradeDistributionChart chart = new GradeDistributionChart();
    private final List<Runnable> queueRefreshes = new ArrayList<>();
    private final Div cycles = new Div();
    private final List<SubscriptionQueryResult<?, ?>> subscriptions = new ArrayList<>();
    private Span ownGrade;

    public DashboardView(DashboardClient client, IndicatorCatalogReader catalog, SignedInActor signedIn, Clock clock) {
        this.client = client;
        this.clock = clock;
        this.user = signedIn.user();
        this.grades = catalog.latestPublished().map(IndicatorSystem::grades).orElse(List.of());

        H2 title = new H2(getTranslation("nav.dashboard"));
        title.setId("dashboard-title");
        add(title);
        switch (user.role()) {
            case ENTERPRISE -> addEnterpriseSection();
            case PARTNER -> addPartnerSection();
            default -> addQueues();
        }
        add(new H3(getTranslation("dashboard.grades.title")), chart);
        if (STAFF.contains(user.role())) {
            cycles.setId("dashboard-cycles");
            add(new H3(getTranslation("dashboard.cycles.title")), cycles, new H3(getTranslation(
                    "dashboard.deadlines.title", String.valueOf(DEADLINE_WORKING_DAYS))), deadlines());
        }
        refreshGrades();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        watch(ui, client.watchDirectory(), this::refreshGrades);
        if (!queueRefreshes.isEmpty()) {
            Runnable queues = () -> queueRefreshes.forEach(Runnable::run);
            switch (user.role()) {
                case ASSESSOR -> watch(ui, client.watchVerificationQueue(), queues);
                case REVIEWER -> watch(ui, client.watchObjectionQueue(), queues);
                case OFFICER -> {
                    watch(ui, client.watchObjectionQueue(), queues);
                    watch(ui, client.watchRepairQueue(), queues);
                }
                default -> { }
            }
        }
        if (STAFF.contains(user.role())) {
            watchOpenCycles(ui);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscriptions.forEach(SubscriptionQueryResult::close);
        subscriptions.clear();
    }

    private void watch(UI ui, SubscriptionQueryResult<?, ?> result, Runnable refresh) {
        subscriptions.add(result);
        result.updates().sample(REDRAW_AT_MOST_EVERY).subscribe(update -> ui.access(refresh::run));
    }

    private void watchOpenCycles(UI ui) {
        cycles.removeAll();
        List<CycleSummary> open = client.cycles().stream().filter(CycleSummary::open).toList();
        if (open.isEmpty()) {
            cycles.add(new Paragraph(getTranslation("dashboard.cycles.none")));
        }
        for (CycleSummary cycle : open) {
            CycleProgressCard card = new CycleProgressCard(cycle);
            cycles.add(card);
            var progress = client.watchProgress(cycle.cycleId());
            subscriptions.add(progress);
            card.show(progress.initialResult().block(INITIAL_ANSWER));
            progress.updates().sample(REDRAW_AT_MOST_EVERY).subscribe(update -> ui.access(() -> card.show(update)));
        }
    }

    private void refreshGrades() {
        List<GradeBar> bars = new ArrayList<>();
        for (GradeDefinition grade : grades) {
            String name = grade.name().in(getLocale());
            long count = client.countWithGrade(grade.code());
            bars.add(new GradeBar(grade.code(), name, grade.colour(), count,
                                  getTranslation("dashboard.grades.bar", grade.code(), name, String.valueOf(count))));
        }
        long ungraded = client.countWithGrade(DirectoryFilter.UNGRADED);
        String none = getTranslation("dashboard.grades.ungraded");
        bars.add(new GradeBar("—", none, "grey", ungraded,
                              getTranslation("dashboard.grades.ungradedBar", String.valueOf(ungraded))));
        chart.show(getTranslation("dashboard.grades.title"), GradeDistributionChart.description(bars), bars);
        if (ownGrade != null) {
            ownGrade.setText(ownGradeText());
        }
    }

    private void addQueues() {
        Div queues = new Div();
        queues.setId("dashboard-queues");
        queues.addClassName("dashboard-queues");
        switch (user.role()) {
            case ASSESSOR -> queues.add(queue("verification", "assessment", client::declarationsAwaitingVerification));
            case REVIEWER -> queues.add(queue("objections", "reviews", client::objectionsAwaitingReview));
            case OFFICER -> queues.add(queue("objections", "reviews", client::objectionsAwaitingReview),
                                       queue("repairs", "reviews", client::repairsAwaitingDecision));
            default -> { }
        }
        if (queues.getChildren().findAny().isPresent()) {
            add(new H3(getTranslation("dashboard.queues.title")), queues);
        }
    }

    private Div queue(String kind, String route, IntSupplier count) {
        Span number = new Span();
        number.setId("dashboard-queue-" + kind + "-count");
        number.addClassName("dashboard-queue-count");
        Anchor open = new Anchor(route, getTranslation("dashboard.queue.open"));
        open.setId("dashboard-queue-" + kind);
        Div card = new Div(new Span(getTranslation("dashboard.queue." + kind)), number, open);
        card.addClassName("dashboard-queue");
        Runnable refresh = () -> number.setText(String.valueOf(count.getAsInt()));
        refresh.run();
        queueRefreshes.add(refresh);
        return card;
    }

    private Grid<Deadline> deadlines() {
        LocalDate today = LocalDate.now(clock);
        Grid<Deadline> grid = new Grid<>();
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
        grid.addColumn(deadline -> getTranslation(deadline.lastDay().isBefore(today)
                                                          ? "dashboard.deadline.overdue" : "dashboard.deadline.open"))
            .setHeader(getTranslation("dashboard.deadline.status")).setAutoWidth(true);
        GridCount.show(grid, "grid.empty");
        try {
            grid.setItems(client.deadlinesDue(today, DEADLINE_WORKING_DAYS));
            grid.setEmptyStateText(getTranslation("dashboard.deadlines.none"));
        } catch (CompletionException calendarMissing) {
            // the horizon is counted in working days: without the year's holidays there is no horizon to show
            grid.setEmptyStateText(getTranslation("dashboard.deadlines.unavailable"));
        }
        return grid;
    }

    private void addEnterpriseSection() {
        ownGrade = new Span(ownGradeText());
        ownGrade.setId("dashboard-own-grade");
        ownGrade.addClassName("dashboard-own-grade");
        Anchor myFile = new Anchor("my-file", getTranslation("nav.myFile"));
        myFile.setId("dashboard-link-my-file");
        Anchor file = new Anchor("enterprises/" + user.creditCode(), getTranslation("dashboard.link.enterpriseFile"));
        file.setId("dashboard-link-enterprise-file");
        add(new H3(getTranslation("dashboard.own.title")), ownGrade, new Div(myFile), new Div(file));
    }

    private String ownGradeText() {
        return client.enterprise(user.creditCode()).filter(listing -> listing.grade() != null)
                     .map(this::gradeText).orElseGet(() -> getTranslation("dashboard.own.none"));
    }

    private String gradeText(EnterpriseListing listing) {
        String name = grades.stream().filter(grade -> grade.code().equals(listing.grade())).findFirst()
                            .map(grade -> grade.name().in(getLocale())).orElse("");
        return getTranslation("dashboard.own.grade", listing.grade(), name,
                              listing.gradeSince() == null ? "" : listing.gradeSince().toString(),
                              getTranslation("decisionKind." + listing.gradeKind()));
    }

    private void addPartnerSection() {
        Anchor supervision = new Anchor("supervision", getTranslation("nav.supervision"));
        supervision.setId("dashboard-link-supervision");
        Anchor disclosure = new Anchor("public", getTranslation("public.title"));
        disclosure.setId("dashboard-link-public");
        add(new H3(getTranslation("dashboard.partner.title")), new Div(supervision), new Div(disclosure));
    }
}
