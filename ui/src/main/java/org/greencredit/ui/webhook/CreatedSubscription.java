package org.greencredit.ui.webhook;

/** A new subscription and its signing secret, which the partner sees only in this answer. */
public record CreatedSubscription(WebhookSubscription subscription, String secret) {
}
