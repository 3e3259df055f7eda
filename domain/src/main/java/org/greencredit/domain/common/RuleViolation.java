package org.greencredit.domain.common;

import java.util.Arrays;
import java.util.List;

/**
 * A command broke a business rule. Carries a message key (translated by the UI from its bundles) and the
 * arguments the message needs, so the same refusal reads correctly in every language.
 */
public class RuleViolation extends RuntimeException {

    private final transient Refusal refusal;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.refusal = new Refusal(messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public Refusal refusal() {
        return refusal;
    }

    public String messageKey() {
        return refusal.messageKey();
    }

    public List<String> arguments() {
        return refusal.arguments();
    }
}
