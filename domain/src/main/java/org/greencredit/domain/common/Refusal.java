package org.greencredit.domain.common;

import java.util.List;

/**
 * Why a command was refused, in a form that survives being sent across the wire (Axon Server carries it as the
 * details of a command execution exception): a message key for the UI's bundles and its arguments.
 */
public record Refusal(String messageKey, List<String> arguments) {

    public Refusal {
        arguments = List.copyOf(arguments);
    }
}
