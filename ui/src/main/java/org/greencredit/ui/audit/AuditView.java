package org.greencredit.ui.audit;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.partner.PartnerRequests;

/** 审计: verify every stored decision, look up a past grade, follow the audit timeline and partner requests. */
@Route(value = "audit", layout = MainLayout.class)
@Menu(title = "nav.audit", order = 70)
@RolesAllowed({"AUDITOR", "ADMIN"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    public AuditView(VerificationRunner runner, AuditClient audit, PartnerRequests partnerRequests) {
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("audit-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("audit.tab.verify"), new VerificationPanel(runner)).setId("audit-tab-verify");
        tabs.add(getTranslation("audit.tab.asOf"), new GradeAsOfPanel(audit)).setId("audit-tab-asof");
        tabs.add(getTranslation("audit.tab.timeline"), new TimelinePanel(audit)).setId("audit-tab-timeline");
        tabs.add(getTranslation("audit.tab.partners"), new PartnerRequestsPanel(partnerRequests))
            .setId("audit-tab-partners");
        add(new H2(getTranslation("audit.title")), tabs);
        setFlexGrow(1, tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
