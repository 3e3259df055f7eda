package org.greencredit.app.startup;

import java.util.List;

/**
 * The configuration is refused at start: a message key of the UI bundles (told in the user's language by
 * {@link StartupFailureAnalyzer}) with its arguments, and the same in English as the exception's message for logs.
 */
public class StartRefusal extends IllegalStateException {

    private final String messageKey;
    private final List<Object> arguments;

    public StartRefusal(String englishMessage, String messageKey, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
