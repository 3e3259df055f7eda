package org.greencredit.ui.command;

import org.greencredit.domain.common.Refusal;

/** The system refused a command; {@link #refusal()} says why in a translatable form. */
public class CommandRefused extends RuntimeException {

    private final transient Refusal refusal;

    public CommandRefused(Refusal refusal, Throwable cause) {
        super(refusal.messageKey() + " " + refusal.arguments(), cause);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
