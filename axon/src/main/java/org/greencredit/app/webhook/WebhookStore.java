package org.greencredit.app.webhook;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.app.secrets.LocalSecret;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.ui.webhook.CreatedSubscription;
import org.greencredit.ui.webhook.WebhookDelivery;
import org.greencredit.ui.webhook.WebhookSubscription;
import org.greencredit.ui.webhook.WebhookSubscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partners' webhook subscriptions ({@value #SUBSCRIPTIONS}) and their delivery log ({@value #DELIVERIES}).
 *
 * <p>Subscriptions are documents, not events: a subscription is how a partner wants to be called, not a fact of
 * the evaluation, and it holds a secret, which must never reach the event store (events are forever, copied to
 * every node and read by auditors). Who created or ended one and when is kept on the document and in the log.
 * A subscription belongs to the department of the PARTNER user who made it, and every read and change is limited
 * to that department; ADMIN and AUDITOR read all and change none.
 */
public class WebhookStore implements WebhookSubscriptions {

    public static final String SUBSCRIPTIONS = "webhook_subscriptions";
    public static final String DELIVERIES = "webhook_deliveries";

    private static final Logger log = LoggerFactory.getLogger(WebhookStore.class);
    private static final int MAX_CODES = 5_000;
    private static final int SECRET_LENGTH = 40;

    private final MongoCollection<Document> subscriptions;
    private final MongoCollection<Document> deliveries;
    private final WebhookUrls urls;
    private final SecretBox secrets;
    private final Predicate<String> registered;
    private final Clock clock;

    /** @param registered whether an enterprise of a (valid) credit code is registered */
    public WebhookStore(MongoDatabase database, WebhookUrls urls, SecretBox secrets, Predicate<String> registered,
                        Clock clock) {
        this.subscriptions = database.getCollection(SUBSCRIPTIONS);
        this.deliveries = database.getCollection(DELIVERIES);
        this.urls = urls;
        this.secrets = secrets;
        this.registered = registered;
        this.clock = clock;
    }

    @Override
    public List<WebhookSubscription> visible(Actor actor) {
        List<WebhookSubscription> visible = new ArrayList<>();
        subscriptions.find(scope(actor)).sort(Sorts.descending("createdAt", "_id"))
                     .forEach(document -> visible.add(toSubscription(document)));
        return visible;
    }

    @Override
    public CreatedSubscription subscribe(String url, String creditCodes, Actor partner) {
        String department = partnerDepartment(partner);
        String checkedUrl = urls.check(url).toString();
        List<String> codes = codes(creditCodes);
        String secret = "whsec_" + LocalSecret.random(SECRET_LENGTH);
        Instant now = clock.instant();
        Document document = new Document("_id", UUID.randomUUID().toString()).append("department", department)
                .append("url", checkedUrl).append("creditCodes", codes).append("secret", secrets.seal(secret))
                .append("createdAt", Date.from(now)).append("createdBy", partner.id()).append("active", true);
        subscriptions.insertOne(document);
        log.info("Webhook subscription {} of {} by {}: {} enterprises to {}", document.getString("_id"), department,
                 partner.id(), codes.size(), checkedUrl);
        return new CreatedSubscription(toSubscription(document), secret);
    }

    @Override
    public void cancel(String subscriptionId, Actor partner) {
        String department = partnerDepartment(partner);
        long matched = subscriptions.updateOne(
                and(eq("_id", subscriptionId), eq("department", department)),
                Updates.combine(Updates.set("active", false), Updates.set("endedAt", Date.from(clock.instant())),
                                Updates.set("endedBy", partner.id()))).getMatchedCount();
        if (matched == 0) {
            throw new RuleViolation("webhook.subscription.notFound", subscriptionId);
        }
        log.info("Webhook subscription {} of {} ended by {}", subscriptionId, department, partner.id());
    }

    @Override
    public List<WebhookDelivery> deliveries(String subscriptionId, Actor actor) {
        if (subscriptions.find(and(eq("_id", subscriptionId), scope(actor))).first() == null) {
            throw new RuleViolation("webhook.subscription.notFound", subscriptionId);
        }
        List<WebhookDelivery> found = new ArrayList<>();
        deliveries.find(eq("subscriptionId", subscriptionId)).sort(Sorts.descending("createdAt", "_id"))
                  .forEach(document -> found.add(toDelivery(document)));
        return found;
    }

    /** The active subscriptions following {@code creditCode}. */
    List<Document> following(String creditCode) {
        return subscriptions.find(and(eq("active", true), eq("creditCodes", creditCode))).into(new ArrayList<>());
    }

    Optional<Document> subscription(String id) {
        return Optional.ofNullable(subscriptions.find(eq("_id", id)).first());
    }

    String secretOf(Document subscription) {
        return secrets.open(subscription.getString("secret"));
    }

    /** Adds a delivery unless one of its id exists: an event handled again adds nothing. */
    void addDelivery(Document delivery) {
        deliveries.updateOne(eq("_id", delivery.getString("_id")), Updates.setOnInsert(delivery),
                             new UpdateOptions().upsert(true));
    }

    MongoCollection<Document> deliveryCollection() {
        return deliveries;
    }

    private Bson scope(Actor actor) {
        actor.requireRole(Role.PARTNER, Role.ADMIN, Role.AUDITOR);
        return actor.role() == Role.PARTNER ? eq("department", partnerDepartment(actor)) : new Document();
    }

    private static String partnerDepartment(Actor partner) {
        partner.requireRole(Role.PARTNER);
        if (partner.department() == null || partner.department().isBlank()) {
            throw new RuleViolation("webhook.department.missing");
        }
        return partner.department();
    }

    /** The followed credit codes: separated by blanks, commas, semicolons or lines, each valid and registered. */
    private List<String> codes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String token : (text == null ? "" : text).split("[\\s,;，；、]+")) {
            if (!token.isBlank()) {
                codes.add(token.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (codes.isEmpty()) {
            throw new RuleViolation("webhook.codes.missing");
        }
        if (codes.size() > MAX_CODES) {
            throw new RuleViolation("webhook.codes.tooMany", MAX_CODES);
        }
        List<String> invalid = codes.stream().filter(code -> !CreditCode.isValid(code)).toList();
        if (!invalid.isEmpty()) {
            throw new RuleViolation("webhook.codes.invalid", String.join(", ", invalid.subList(0, Math.min(10,
                                                                                                  invalid.size()))));
        }
        List<String> unknown = codes.stream().filter(registered.negate()).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation("webhook.codes.unknown", String.join(", ", unknown.subList(0, Math.min(10,
                                                                                                  unknown.size()))));
        }
        return List.copyOf(codes);
    }

    private static WebhookSubscription toSubscription(Document document) {
        return new WebhookSubscription(document.getString("_id"), document.getString("department"),
                                       document.getString("url"),
                                       document.getList("creditCodes", String.class, List.of()),
                                       document.getDate("createdAt").toInstant(), document.getString("createdBy"),
                                       document.getBoolean("active", false));
    }

    private static WebhookDelivery toDelivery(Document document) {
        List<WebhookDelivery.Attempt> attempts = new ArrayList<>();
        for (Document attempt : document.getList("attempts", Document.class, List.of())) {
            attempts.add(new WebhookDelivery.Attempt(attempt.getDate("at").toInstant(),
                                                     attempt.getInteger("status", 0), attempt.getString("error")));
        }
        return new WebhookDelivery(document.getString("_id"), document.getString("subscriptionId"),
                                   document.getString("creditCode"), document.getString("decisionKind"),
                                   document.getString("grade"), document.getDate("createdAt").toInstant(),
                                   document.getString("state"), attempts);
    }
}
