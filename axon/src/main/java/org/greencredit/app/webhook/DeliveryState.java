package org.greencredit.app.webhook;

/** Where a webhook delivery stands. */
public enum DeliveryState {
    /** waiting for its (next) attempt */
    PENDING,
    /** claimed by a node until its lease ends */
    SENDING,
    /** answered with a 2xx status */
    DELIVERED,
    /** every attempt failed, or the subscription ended; not tried again */
    FAILED
}
