package org.greencredit.app.notify;

/** Where an e-mail of the outbox stands. */
public enum MailState {
    /** waiting for its (next) attempt */
    PENDING,
    /** claimed by a sender until its lease ends */
    SENDING,
    /** accepted by the SMTP server */
    SENT,
    /** every attempt failed; not tried again */
    FAILED
}
