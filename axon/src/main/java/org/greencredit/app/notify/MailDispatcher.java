package org.greencredit.app.notify;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.greencredit.app.retry.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the e-mails of the outbox that are due, one at a time. An entry is claimed before it is sent (PENDING →
 * SENDING with a lease, one atomic update), so several nodes never send the same entry at once; a node that dies
 * while sending leaves a lease that runs out, and the entry is tried again — at least once, never twice on
 * purpose. A failure is logged with the SMTP server's words and retried after the back-off; when the attempts are
 * used up the entry is FAILED.
 */
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MongoCollection<Document> outbox;
    private final JavaMailSender sender;
    private final NotificationTexts texts;
    private final String from;
    private final Backoff backoff;
    private final Clock clock;

    public MailDispatcher(NotificationStore store, JavaMailSender sender, NotificationTexts texts, String from,
                          Backoff backoff, Clock clock) {
        this.outbox = store.outbox();
        this.sender = sender;
        this.texts = texts;
        this.from = from;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Sends every entry due now; returns how many were accepted by the server. */
    public int dispatchDue() {
        int sent = 0;
        for (Optional<Document> entry = claim(); entry.isPresent(); entry = claim()) {
            if (send(entry.get())) {
                sent++;
            }
        }
        return sent;
    }

    private Optional<Document> claim() {
        Date now = Date.from(clock.instant());
        return Optional.ofNullable(outbox.findOneAndUpdate(
                or(and(eq("state", MailState.PENDING.name()), lte("nextAttemptAt", now)),
                   and(eq("state", MailState.SENDING.name()), lte("leaseUntil", now))),
                Updates.combine(Updates.set("state", MailState.SENDING.name()),
                                Updates.set("leaseUntil", Date.from(clock.instant().plus(LEASE)))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    private boolean send(Document entry) {
        String id = entry.getString("_id");
        int attempt = entry.getInteger("attempts", 0) + 1;
        Locale locale = NotificationStore.locale(entry.getString("language"));
        String key = entry.getString("key");
        List<String> arguments = entry.getList("arguments", String.class, List.of());
        Instant now = clock.instant();
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(entry.getString("to"));
            message.setSubject(texts.subject(key, locale));
            message.setText(texts.body(key, arguments, locale));
            sender.send(message);
            outbox.updateOne(eq("_id", id), Updates.combine(
                    Updates.set("state", MailState.SENT.name()), Updates.set("attempts", attempt),
                    Updates.set("sentAt", Date.from(now)), Updates.unset("leaseUntil"),
                    Updates.push("log", new Document("at", Date.from(now)).append("error", null))));
            log.info("E-mail {} sent to {} (attempt {})", id, entry.getString("to"), attempt);
            return true;
        } catch (MailException e) {
            Optional<Instant> next = backoff.next(attempt, now);
            outbox.updateOne(eq("_id", id), Updates.combine(
                    Updates.set("state", next.isPresent() ? MailState.PENDING.name() : MailState.FAILED.name()),
                    Updates.set("attempts", attempt), Updates.unset("leaseUntil"),
                    Updates.set("nextAttemptAt", Date.from(next.orElse(now))),
                    Updates.push("log", new Document("at", Date.from(now)).append("error", e.getMessage()))));
            if (next.isPresent()) {
                log.warn("E-mail {} to {}: attempt {} failed ({}); next attempt at {}", id, entry.getString("to"),
                         attempt, e.getMessage(), next.get());
            } else {
                log.error("E-mail {} to {}: attempt {} failed ({}); giving up", id, entry.getString("to"), attempt,
                          e.getMessage());
            }
            return false;
        }
    }
}
