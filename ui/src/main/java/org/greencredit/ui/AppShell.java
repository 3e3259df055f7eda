package org.greencredit.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Application shell. Push lets live views (directory, work queues) update without a reload. The project's style
 * sheet is a plain static resource linked from the page, so the pre-compiled frontend bundle stays usable.
 */
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addLink("stylesheet", "styles/green-credit.css");
    }
}
