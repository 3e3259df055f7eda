package org.greencredit.ui.webhook;

import java.util.List;
import org.greencredit.domain.actor.Actor;

/**
 * 结果推送订阅: a partner organisation's webhooks for the published results of the enterprises it follows.
 * A PARTNER user acts for its department and sees only that department's subscriptions and deliveries; ADMIN and
 * AUDITOR see all of them and change none. Implemented by the application.
 */
public interface WebhookSubscriptions {

    /** The subscriptions the actor may see, newest first. */
    List<WebhookSubscription> visible(Actor actor);

    /**
     * Subscribes the actor's department: the URL must be https (plain http only to the local machine, and only where
     * the application allows it for tests) and must not name a private, loopback or link-local address; the credit
     * codes (separated by blanks, commas, semicolons or lines) must be valid and registered. Returns the subscription
     * with its signing secret, which is shown this once and never again.
     */
    CreatedSubscription subscribe(String url, String creditCodes, Actor partner);

    /** Ends one of the actor's department's subscriptions; deliveries already made stay in the log. */
    void cancel(String subscriptionId, Actor partner);

    /** The deliveries of a subscription the actor may see, newest first. */
    List<WebhookDelivery> deliveries(String subscriptionId, Actor actor);
}
