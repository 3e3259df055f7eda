package org.greencredit.ui.fact;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short messages the fact, credit file and assessment views show after an action. */
public final class FactNotifications {

    private FactNotifications() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
