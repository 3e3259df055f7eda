package org.greencredit.ui.dashboard;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.greencredit.ui.MainLayout;

/** 工作台: where every signed-in user starts. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.dashboard", order = 0)
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView() {
        H2 title = new H2(getTranslation("nav.dashboard"));
        title.setId("dashboard-title");
        add(title);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
