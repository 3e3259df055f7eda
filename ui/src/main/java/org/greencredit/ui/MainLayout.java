package org.greencredit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.greencredit.ui.directory.EnterpriseDirectoryView;
import org.greencredit.ui.i18n.ChineseByDefault;
import org.greencredit.ui.i18n.Translations;

/** The frame around every signed-in view: title, navigation, language switch. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");

        Button language = new Button(getTranslation("app.language.switch"), click -> switchLanguage());
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, language);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem(getTranslation("directory.title"), EnterpriseDirectoryView.class));
        addToDrawer(navigation);
    }

    private void switchLanguage() {
        Locale current = ChineseByDefault.chosenLocale(VaadinSession.getCurrent());
        ChineseByDefault.choose(Translations.ENGLISH.equals(current) ? Translations.CHINESE : Translations.ENGLISH);
        UI.getCurrent().getPage().reload();
    }
}
