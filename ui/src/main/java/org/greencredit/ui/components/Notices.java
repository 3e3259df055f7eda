package org.greencredit.ui.components;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short messages every view shows after an action: what was done, or why the system refused it. */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS);
    }

    /** Neither done nor refused: the system is busy, or there was nothing to do. */
    public static void info(String text) {
        show(text, NotificationVariant.LUMO_CONTRAST);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
