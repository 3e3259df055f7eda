package org.greencredit.ui.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Starts every session in Simplified Chinese, whatever the browser asks for; users switch to English in the UI. */
@Component
public class ChineseByDefault implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setLocale(Translations.CHINESE));
    }
}
