package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.indicator.GradeDefinition;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.catalog.IndicatorCatalogReader;
import org.greencredit.ui.security.SignedInActor;
import org.greencredit.ui.security.SignedInUser;

/**
 * 工作台: where every signed-in user starts. Everyone sees how the grades in force are distributed; staff see the
 * progress of open cycles, the deadlines of the next ten working days and the work queues of their role; an
 * enterprise sees its own grade, a partner department its way to the supervision lists. Each card reads and
 * follows its own read model ({@link DashboardCard}), so the counts stay live and one failing card leaves the
 * others standing.
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.dashboard", order = 0)
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.OFFICER, Role.ASSESSOR, Role.REVIEWER,
                                                      Role.AUDITOR);

    public DashboardView(DashboardClient client, IndicatorCatalogReader catalog, SignedInActor signedIn, Clock clock) {
        SignedInUser user = signedIn.user();
        List<GradeDefinition> grades = catalog.latestPublished().map(IndicatorSystem::grades).orElse(List.of());

        H2 title = new H2(getTranslation("nav.dashboard"));
        title.setId("dashboard-title");
        add(title);
        switch (user.role()) {
            case ENTERPRISE -> add(new OwnGradeCard(client, user.creditCode(), grades));
            case PARTNER -> addPartnerLinks();
            default -> addQueues(client, user.role());
        }
        add(new GradeDistributionCard(client, grades));
        if (STAFF.contains(user.role())) {
            add(new OpenCyclesCard(client), new DeadlinesCard(client, clock));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }

    private void addQueues(DashboardClient client, Role role) {
        Div queues = new Div();
        queues.setId("dashboard-queues");
        queues.addClassName("dashboard-queues");
        switch (role) {
            case ASSESSOR -> queues.add(new QueueCard("verification", "assessment",
                                                      client::declarationsAwaitingVerification,
                                                      client::watchVerificationQueue));
            case REVIEWER -> queues.add(objectionQueue(client));
            case OFFICER -> queues.add(objectionQueue(client), new QueueCard("repairs", "reviews",
                                                                             client::repairsAwaitingDecision,
                                                                             client::watchRepairQueue));
            default -> { }
        }
        if (queues.getChildren().findAny().isPresent()) {
            add(new H3(getTranslation("dashboard.queues.title")), queues);
        }
    }

    private static QueueCard objectionQueue(DashboardClient client) {
        return new QueueCard("objections", "reviews", client::objectionsAwaitingReview, client::watchObjectionQueue);
    }

    private void addPartnerLinks() {
        Anchor supervision = new Anchor("supervision", getTranslation("nav.supervision"));
        supervision.setId("dashboard-link-supervision");
        Anchor disclosure = new Anchor("public", getTranslation("public.title"));
        disclosure.setId("dashboard-link-public");
        add(new H3(getTranslation("dashboard.partner.title")), new Div(supervision), new Div(disclosure));
    }
}
