package org.greencredit.ui.publicpage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.greencredit.ui.i18n.LanguageSwitch;

/**
 * The plain header of the pages open without signing in: the title, links between the disclosure board, the
 * enterprise search and the inspection results (双随机抽查结果公开), the language switch and the sign-in link.
 */
final class PublicHeader extends HorizontalLayout {

    PublicHeader() {
        H1 appTitle = new H1(getTranslation("app.title"));
        appTitle.addClassName("app-title");
        Anchor board = new Anchor("public", getTranslation("public.nav.disclosure"));
        board.setId("public-nav-disclosure");
        Anchor search = new Anchor("public/enterprises", getTranslation("public.nav.search"));
        search.setId("public-nav-search");
        Anchor inspections = new Anchor("public/inspections", getTranslation("public.nav.inspections"));
        inspections.setId("public-nav-inspections");
        Button language = LanguageSwitch.button();
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor signIn = new Anchor("login", getTranslation("public.signIn"));
        signIn.setId("public-sign-in");
        add(appTitle, board, search, inspections, language, signIn);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        expand(appTitle);
        setWidthFull();
        addClassName("public-header");
    }
}
