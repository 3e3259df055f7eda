package org.greencredit.ui.portal;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short notices of the enterprise portal: what was done, or why the system refused it. */
final class PortalNotices {

    private PortalNotices() {
    }

    static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
