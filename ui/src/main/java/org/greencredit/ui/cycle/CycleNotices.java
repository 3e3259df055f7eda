package org.greencredit.ui.cycle;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short notices of the cycle views: what was done, or why the system refused it. */
final class CycleNotices {

    private CycleNotices() {
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
