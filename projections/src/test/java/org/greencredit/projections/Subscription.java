package org.greencredit.projections;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;

/** A subscription query to a projection's updates, as a view holds one: what it was sent, once closed. */
public final class Subscription {

    private final UpdateHandlerRegistration<Object> registration;

    public Subscription(SimpleQueryUpdateEmitter emitter, Object query) {
        this.registration = emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                query, ResponseTypes.instanceOf(Object.class), ResponseTypes.instanceOf(Object.class)), 64);
    }

    /** Closes the subscription and returns every update it received, in order. */
    public List<Object> updates() {
        registration.complete();
        return registration.getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).collectList().block();
    }
}
