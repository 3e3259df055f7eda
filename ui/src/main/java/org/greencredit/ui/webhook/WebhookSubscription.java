package org.greencredit.ui.webhook;

import java.time.Instant;
import java.util.List;

/** One webhook subscription of a partner's department: where to, which enterprises, since when, whether active. */
public record WebhookSubscription(String id, String department, String url, List<String> creditCodes,
                                  Instant createdAt, String createdBy, boolean active) {

    public WebhookSubscription {
        creditCodes = List.copyOf(creditCodes);
    }
}
