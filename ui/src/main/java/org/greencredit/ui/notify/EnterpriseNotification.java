package org.greencredit.ui.notify;

import java.time.Instant;
import java.util.List;

/**
 * One notification of an enterprise: when it was made, its message key and arguments (arguments that are keys
 * themselves, such as {@code decisionKind.FINAL}, are translated when shown) and whether the user has read it.
 */
public record EnterpriseNotification(String id, Instant createdAt, String messageKey, List<String> arguments,
                                     boolean read) {

    public EnterpriseNotification {
        arguments = List.copyOf(arguments);
    }
}
