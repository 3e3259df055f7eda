package org.greencredit.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI speaks Simplified Chinese unless its user chose English in this session, whatever the browser asks
 * for. The choice is kept in the session, so it holds across reloads and views.
 */
@Component
public class ChineseByDefault implements VaadinServiceInitListener {

    private static final String CHOSEN_LOCALE = ChineseByDefault.class.getName() + ".locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(chosenLocale(init.getUI().getSession())));
    }

    /** Switches the user's language for the rest of the session; the caller reloads the page. */
    public static void choose(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(CHOSEN_LOCALE, locale);
        session.setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    public static Locale chosenLocale(VaadinSession session) {
        Object chosen = session.getAttribute(CHOSEN_LOCALE);
        return chosen instanceof Locale locale ? locale : Translations.CHINESE;
    }
}
