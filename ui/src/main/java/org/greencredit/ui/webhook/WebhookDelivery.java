package org.greencredit.ui.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One change of a followed enterprise's published result sent to one subscription: its delivery id, what it
 * concerns, its state ({@code PENDING}, {@code DELIVERED}, {@code FAILED}) and every attempt made.
 */
public record WebhookDelivery(String id, String subscriptionId, String creditCode, String decisionKind, String grade,
                              Instant createdAt, String state, List<Attempt> attempts) {

    public WebhookDelivery {
        attempts = List.copyOf(attempts);
    }

    /** One POST: when, the HTTP status (0 when none came back) and the error, if any. */
    public record Attempt(Instant at, int status, String error) {
    }
}
