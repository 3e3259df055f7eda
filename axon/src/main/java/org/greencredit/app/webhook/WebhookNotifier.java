package org.greencredit.app.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.greencredit.domain.creditfile.api.GradeDecided;

/**
 * Turns each change of a published result — a grade decision in force: FINAL, REVIEWED, DYNAMIC or REPAIR; never a
 * PRELIMINARY grade, never a fact — into one pending delivery per active subscription that follows the enterprise
 * (a tracking processor of its own, {@value #PROCESSING_GROUP}). The delivery id is a name-based UUID of the event
 * id and the subscription, and a delivery is only added when absent, so a replay or a redelivery sends nothing
 * twice. Only changes made after a subscription began are delivered to it: a replay from the first event does not
 * send a new subscriber the district's history.
 *
 * <p>The body is fixed when the delivery is made, so every retry sends the same bytes (signed anew with the time of
 * the attempt).
 */
@ProcessingGroup(WebhookNotifier.PROCESSING_GROUP)
public class WebhookNotifier {

    public static final String PROCESSING_GROUP = "webhooks";
    public static final String EVENT_TYPE = "grade.published";

    private final WebhookStore store;
    private final ObjectMapper json;

    public WebhookNotifier(WebhookStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @EventHandler
    void on(GradeDecided event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (!event.kind().inForce()) {
            return;
        }
        for (Document subscription : store.following(event.creditCode())) {
            if (at.isBefore(subscription.getDate("createdAt").toInstant())) {
                continue;
            }
            String subscriptionId = subscription.getString("_id");
            String deliveryId = deliveryId(eventId, subscriptionId);
            store.addDelivery(new Document("_id", deliveryId).append("subscriptionId", subscriptionId)
                    .append("department", subscription.getString("department")).append("eventId", eventId)
                    .append("creditCode", event.creditCode()).append("decisionKind", event.kind().name())
                    .append("grade", event.decision().grade()).append("body", body(deliveryId, event, at))
                    .append("createdAt", Date.from(at)).append("state", DeliveryState.PENDING.name())
                    .append("attemptCount", 0).append("nextAttemptAt", Date.from(at)).append("attempts", List.of()));
        }
    }

    static String deliveryId(String eventId, String subscriptionId) {
        return UUID.nameUUIDFromBytes((eventId + "|" + subscriptionId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String body(String deliveryId, GradeDecided event, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", deliveryId);
        body.put("type", EVENT_TYPE);
        body.put("occurredAt", at.toString());
        body.put("creditCode", event.creditCode());
        body.put("decisionId", event.decisionId());
        body.put("decisionKind", event.kind().name());
        body.put("cycleId", event.cycleId());
        body.put("decidedOn", event.decidedOn().toString());
        body.put("grade", event.decision().grade());
        body.put("total", event.decision().total() == null ? null : event.decision().total().toPlainString());
        body.put("indicatorVersion", event.decision().version());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a webhook body", e);
        }
    }
}
