package org.greencredit.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.inspector.InspectorDirectory;
import org.greencredit.ui.partner.PartnerClients;
import org.greencredit.ui.security.SignedInActor;
import org.greencredit.ui.security.UserAccounts;

/**
 * 系统管理: user accounts, partner API clients, the 执法人员名录, the working-day calendar, and the read models.
 */
@Route(value = "admin", layout = MainLayout.class)
@Menu(title = "nav.admin", order = 80)
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    public AdminView(UserAccounts accounts, SignedInActor signedIn, CalendarYears calendar, CommandClient commands,
                     ProjectionAdministration projections, PartnerClients partnerClients,
                     InspectorDirectory inspectors) {
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("admin-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("admin.tab.users"), new UsersPanel(accounts, signedIn)).setId("admin-tab-users");
        tabs.add(getTranslation("admin.tab.calendar"), new CalendarPanel(calendar, commands))
            .setId("admin-tab-calendar");
        tabs.add(getTranslation("admin.tab.projections"), new ProjectionsPanel(projections, signedIn))
            .setId("admin-tab-projections");
        tabs.add(getTranslation("admin.tab.partners"), new PartnerClientsPanel(partnerClients, signedIn))
            .setId("admin-tab-partners");
        tabs.add(getTranslation("admin.tab.inspectors"), new InspectorsPanel(inspectors, signedIn))
            .setId("admin-tab-inspectors");
        add(new H2(getTranslation("admin.title")), tabs);
        setFlexGrow(1, tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
