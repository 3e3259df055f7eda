package org.greencredit.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import org.greencredit.domain.actor.Role;
import org.greencredit.ui.i18n.LanguageSwitch;
import org.greencredit.ui.notify.EnterpriseNotifications;
import org.greencredit.ui.notify.NotificationsView;
import org.greencredit.ui.security.SignedInActor;
import org.greencredit.ui.security.SignedInUser;

/**
 * The frame around every signed-in view: title, the signed-in user and role, language switch, sign-out, and the
 * navigation. The navigation lists the views annotated with {@code @Menu} that this user's role may open (their
 * titles are translation keys); the same role annotations are enforced on the server at every navigation.
 */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(SignedInActor signedIn, EnterpriseNotifications notifications) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");

        SignedInUser user = signedIn.user();
        Span who = new Span(getTranslation("app.signedInAs", user.displayName(),
                                           getTranslation("role." + user.role().name())));
        who.setId("signed-in-user");
        who.addClassName("signed-in-user");

        Button language = LanguageSwitch.button();
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button signOut = new Button(getTranslation("app.signOut"), click -> signedIn.signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who);
        if (user.role() == Role.ENTERPRISE) {
            header.add(bell(notifications.unread(signedIn.actor())));
        }
        header.add(language, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav navigation = new SideNav();
        navigation.setId("navigation");
        MenuConfiguration.getMenuEntries().forEach(
                entry -> navigation.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(navigation);
    }

    /** 消息: the enterprise's unread notifications, counted when the frame is built; opens the notification list. */
    private Button bell(long unread) {
        Button bell = new Button(getTranslation("notifications.bell", unread), VaadinIcon.BELL.create(),
                                 click -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        bell.setId("notifications-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (unread > 0) {
            bell.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return bell;
    }
}
