package org.greencredit.ui.notify;

import java.util.List;
import org.greencredit.domain.actor.Actor;

/**
 * 消息通知: what the enterprise of a signed-in ENTERPRISE user has been told — every change of its grade and every
 * deadline that concerns it — and where its e-mail copies go. Implemented by the application; every method refuses
 * an actor that is not an enterprise user ({@code actor.notPermitted}).
 */
public interface EnterpriseNotifications {

    /** The enterprise's notifications, newest first, at most {@code limit}, each marked read or not for this user. */
    List<EnterpriseNotification> recent(Actor enterpriseUser, int limit);

    /** How many of the enterprise's notifications this user has not read. */
    long unread(Actor enterpriseUser);

    /** Marks one notification of the user's own enterprise read; one of another enterprise is not touched. */
    void markRead(String notificationId, Actor enterpriseUser);

    void markAllRead(Actor enterpriseUser);

    /** Where this user's e-mail copies go and in which language; empty address when none was given. */
    NotificationSettings settings(Actor enterpriseUser);

    /**
     * Keeps the address (blank: no e-mail) and the language of this user's e-mail copies; refuses a malformed address
     * as {@code notification.email.invalid} and a language the application does not speak.
     */
    void saveSettings(NotificationSettings settings, Actor enterpriseUser);
}
