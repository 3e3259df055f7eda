package org.greencredit.app.messaging;

/**
 * Work an event processor hands on to be done after its token has moved (a cycle's fan-out): waiting for that
 * processor to catch up also waits for this work to be done.
 */
public interface PendingWork {

    /** The processor whose events give rise to this work. */
    String processingGroup();

    /** Whether nothing handed on is left undone, on any node. */
    boolean idle();
}
