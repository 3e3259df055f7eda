package org.greencredit.app.notify;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bson.Document;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.ui.notify.EnterpriseNotification;
import org.greencredit.ui.notify.EnterpriseNotifications;
import org.greencredit.ui.notify.NotificationSettings;
import org.greencredit.ui.security.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enterprises' notifications ({@value #NOTIFICATIONS}), their e-mail outbox ({@value #OUTBOX}) and the enterprise
 * users' e-mail settings ({@value #SETTINGS}).
 *
 * <p>A notification's id is derived from the event that caused it, and it and its outbox entries are only ever
 * inserted when absent: a replay of the events or a redelivery after a crash finds them there and changes nothing,
 * so nothing is shown or sent twice. For the same reason the notification processor has no reset handler — these
 * collections are not a projection to rebuild but a record of what was said, with who read it and what was sent.
 *
 * <p>E-mail addresses are the users' own, kept here and not in the event store: events are forever and partly
 * public, while an address is personal data its owner may change or remove.
 */
public class NotificationStore implements EnterpriseNotifications {

    public static final String NOTIFICATIONS = "notifications";
    public static final String OUTBOX = "notification_outbox";
    public static final String SETTINGS = "notification_settings";

    private static final Logger log = LoggerFactory.getLogger(NotificationStore.class);
    /** The practical subset of RFC 5322 that mail servers accept: local part, @, a dotted domain. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final int MAX_EMAIL = 254;
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private final MongoCollection<Document> notifications;
    private final MongoCollection<Document> outbox;
    private final MongoCollection<Document> settings;
    private final Function<String, Optional<UserAccount>> accounts;
    private final Clock clock;
    private final Duration mailMaxAge;

    /**
     * @param accounts   the user account of a user name, to send only to users still bound to the enterprise
     * @param mailMaxAge events older than this are shown in the application but not e-mailed, so a replay from the
     *                   first event, or a first start on a store with years of history, does not mail the past
     */
    public NotificationStore(MongoDatabase database, Function<String, Optional<UserAccount>> accounts, Clock clock,
                             Duration mailMaxAge) {
        this.notifications = database.getCollection(NOTIFICATIONS);
        this.outbox = database.getCollection(OUTBOX);
        this.settings = database.getCollection(SETTINGS);
        this.accounts = accounts;
        this.clock = clock;
        this.mailMaxAge = mailMaxAge;
    }

    /**
     * Records a notification of {@code creditCode} once: when {@code id} is new it is stored and, if the event is
     * recent, an outbox entry is made for each of the enterprise's users who gave an address.
     */
    public void notify(String id, String creditCode, String messageKey, List<String> arguments, Instant eventAt) {
        Document notification = new Document("_id", id).append("creditCode", creditCode).append("key", messageKey)
                .append("arguments", arguments).append("eventAt", Date.from(eventAt))
                .append("createdAt", Date.from(clock.instant())).append("readBy", List.of());
        boolean inserted = notifications.updateOne(eq("_id", id), Updates.setOnInsert(notification),
                                                   new UpdateOptions().upsert(true)).getUpsertedId() != null;
        if (!inserted) {
            return;
        }
        if (eventAt.isBefore(clock.instant().minus(mailMaxAge))) {
            log.debug("Notification {} of {} is about an event older than {}: shown, not e-mailed", id, creditCode,
                      mailMaxAge);
            return;
        }
        for (Document recipient : settings.find(eq("creditCode", creditCode))) {
            String username = recipient.getString("_id");
            String email = recipient.getString("email");
            if (email == null || email.isBlank() || !stillBound(username, creditCode)) {
                continue;
            }
            String entryId = id + "/" + username;
            Document entry = new Document("_id", entryId).append("notificationId", id).append("username", username)
                    .append("to", email).append("language", recipient.getString("language"))
                    .append("key", messageKey).append("arguments", arguments)
                    .append("state", MailState.PENDING.name()).append("attempts", 0)
                    .append("nextAttemptAt", Date.from(clock.instant())).append("log", List.of());
            outbox.updateOne(eq("_id", entryId), Updates.setOnInsert(entry), new UpdateOptions().upsert(true));
        }
    }

    private boolean stillBound(String username, String creditCode) {
        return accounts.apply(username)
                       .filter(account -> account.enabled() && account.role() == Role.ENTERPRISE
                                          && creditCode.equals(account.creditCode()))
                       .isPresent();
    }

    MongoCollection<Document> outbox() {
        return outbox;
    }

    @Override
    public List<EnterpriseNotification> recent(Actor enterpriseUser, int limit) {
        enterpriseUser.requireRole(Role.ENTERPRISE);
        List<EnterpriseNotification> recent = new ArrayList<>();
        notifications.find(eq("creditCode", enterpriseUser.creditCode()))
                     .sort(Sorts.descending("eventAt", "_id")).limit(limit)
                     .forEach(document -> recent.add(toNotification(document, enterpriseUser.id())));
        return recent;
    }

    @Override
    public long unread(Actor enterpriseUser) {
        enterpriseUser.requireRole(Role.ENTERPRISE);
        return notifications.countDocuments(and(eq("creditCode", enterpriseUser.creditCode()),
                                                Filters.ne("readBy", enterpriseUser.id())));
    }

    @Override
    public void markRead(String notificationId, Actor enterpriseUser) {
        enterpriseUser.requireRole(Role.ENTERPRISE);
        notifications.updateOne(and(eq("_id", notificationId), eq("creditCode", enterpriseUser.creditCode())),
                                Updates.addToSet("readBy", enterpriseUser.id()));
    }

    @Override
    public void markAllRead(Actor enterpriseUser) {
        enterpriseUser.requireRole(Role.ENTERPRISE);
        notifications.updateMany(eq("creditCode", enterpriseUser.creditCode()),
                                 Updates.addToSet("readBy", enterpriseUser.id()));
    }

    @Override
    public NotificationSettings settings(Actor enterpriseUser) {
        enterpriseUser.requireRole(Role.ENTERPRISE);
        Document document = settings.find(eq("_id", enterpriseUser.id())).first();
        return document == null ? new NotificationSettings("", "zh-CN")
                : new NotificationSettings(document.getString("email"), document.getString("language"));
    }

    @Override
    public void saveSettings(NotificationSettings wanted, Actor enterpriseUser) {
        enterpriseUser.requireRole(Role.ENTERPRISE);
        String email = wanted.email() == null ? "" : wanted.email().strip();
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new RuleViolation("notification.email.invalid", email);
        }
        String language = wanted.language() == null ? "zh-CN" : wanted.language();
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("notification.language.unknown", language);
        }
        settings.replaceOne(eq("_id", enterpriseUser.id()),
                            new Document("_id", enterpriseUser.id()).append("creditCode", enterpriseUser.creditCode())
                                    .append("email", email).append("language", language)
                                    .append("changedAt", Date.from(clock.instant())),
                            new ReplaceOptions().upsert(true));
    }

    static Locale locale(String languageTag) {
        return languageTag == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(languageTag);
    }

    private static EnterpriseNotification toNotification(Document document, String username) {
        List<String> readBy = document.getList("readBy", String.class, List.of());
        return new EnterpriseNotification(document.getString("_id"), document.getDate("eventAt").toInstant(),
                                          document.getString("key"),
                                          document.getList("arguments", String.class, List.of()),
                                          readBy.contains(username));
    }
}
