package org.greencredit.app.webhook;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.greencredit.app.retry.Backoff;
import org.greencredit.domain.common.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs the deliveries that are due. A delivery is claimed first (one atomic update to SENDING with a lease), so
 * nodes never send one at the same time. A 2xx answer delivers it; any other status, a timeout or a refused
 * connection is an attempt logged with its status and error and retried after the back-off, until the attempts
 * are used up and it is FAILED. Redirects are not followed (a redirect could lead to an address the URL check
 * refuses); the URL is checked again before every attempt.
 */
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MAX_ERROR = 300;

    private final WebhookStore store;
    private final MongoCollection<Document> deliveries;
    private final WebhookUrls urls;
    private final HttpClient http;
    private final Duration timeout;
    private final Backoff backoff;
    private final Clock clock;

    public WebhookDispatcher(WebhookStore store, WebhookUrls urls, Duration timeout, Backoff backoff, Clock clock) {
        this.store = store;
        this.deliveries = store.deliveryCollection();
        this.urls = urls;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                              .build();
        this.timeout = timeout;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Attempts every delivery due now; returns how many were delivered. */
    public int dispatchDue() {
        int delivered = 0;
        for (Optional<Document> delivery = claim(); delivery.isPresent(); delivery = claim()) {
            if (attempt(delivery.get())) {
                delivered++;
            }
        }
        return delivered;
    }

    private Optional<Document> claim() {
        Date now = Date.from(clock.instant());
        return Optional.ofNullable(deliveries.findOneAndUpdate(
                or(and(eq("state", DeliveryState.PENDING.name()), lte("nextAttemptAt", now)),
                   and(eq("state", DeliveryState.SENDING.name()), lte("leaseUntil", now))),
                Updates.combine(Updates.set("state", DeliveryState.SENDING.name()),
                                Updates.set("leaseUntil", Date.from(clock.instant().plus(LEASE)))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    private boolean attempt(Document delivery) {
        String id = delivery.getString("_id");
        Optional<Document> subscription = store.subscription(delivery.getString("subscriptionId"))
                                               .filter(found -> found.getBoolean("active", false));
        if (subscription.isEmpty()) {
            finish(delivery, DeliveryState.FAILED, 0, "subscription ended", null);
            log.info("Webhook delivery {} dropped: its subscription ended", id);
            return false;
        }
        Instant now = clock.instant();
        int status = 0;
        String error;
        try {
            URI url = urls.check(subscription.get().getString("url"));
            String body = delivery.getString("body");
            long timestamp = now.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(WebhookSignature.DELIVERY_HEADER, id)
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER,
                            WebhookSignature.of(store.secretOf(subscription.get()), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                finish(delivery, DeliveryState.DELIVERED, status, null, null);
                log.info("Webhook delivery {} to {}: {} (attempt {})", id, url, status,
                         delivery.getInteger("attemptCount", 0) + 1);
                return true;
            }
            error = "HTTP " + status;
        } catch (RuleViolation refused) {
            error = refused.getMessage();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int attempts = delivery.getInteger("attemptCount", 0) + 1;
        Optional<Instant> next = backoff.next(attempts, now);
        finish(delivery, next.isPresent() ? DeliveryState.PENDING : DeliveryState.FAILED, status, error,
               next.orElse(null));
        if (next.isPresent()) {
            log.warn("Webhook delivery {}: attempt {} failed ({}); next attempt at {}", id, attempts, error,
                     next.get());
        } else {
            log.error("Webhook delivery {}: attempt {} failed ({}); giving up", id, attempts, error);
        }
        return false;
    }

    private void finish(Document delivery, DeliveryState state, int status, String error, Instant nextAttempt) {
        Instant now = clock.instant();
        String shortError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        deliveries.updateOne(eq("_id", delivery.getString("_id")), Updates.combine(
                Updates.set("state", state.name()), Updates.inc("attemptCount", 1), Updates.unset("leaseUntil"),
                Updates.set("nextAttemptAt", Date.from(nextAttempt == null ? now : nextAttempt)),
                Updates.push("attempts", new Document("at", Date.from(now)).append("status", status)
                                                                          .append("error", shortError))));
    }
}
