package org.greencredit.app.indicator;

import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemParser;
import org.greencredit.domain.indicator.api.DraftIndicatorVersion;
import org.greencredit.domain.indicator.api.PublishIndicatorVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty store, drafts and publishes the shipped indicator system (2026.1) through the
 * normal command path, as the system actor. Runs beside the start-up so an unreachable event store delays only
 * this, and retries a few times; when another instance got there first, there is nothing to do.
 */
@Component
public class ShippedIndicatorSystemPublisher {

    private static final Logger log = LoggerFactory.getLogger(ShippedIndicatorSystemPublisher.class);
    private static final Actor SYSTEM_ACTOR = new Actor("system", Role.SYSTEM, null, null);
    private static final int ATTEMPTS = 5;

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final boolean enabled;
    private final long retryDelayMillis;

    public ShippedIndicatorSystemPublisher(CommandGateway commandGateway, EventStore eventStore,
                                           @Value("${greencredit.indicators.publish-shipped:true}") boolean enabled,
                                           @Value("${greencredit.indicators.retry-delay-ms:10000}") long retryDelayMillis) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.enabled = enabled;
        this.retryDelayMillis = retryDelayMillis;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void publishInTheBackground() {
        if (enabled) {
            CompletableFuture.runAsync(this::publishWithRetries);
        }
    }

    private void publishWithRetries() {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                publishIfAbsent();
                return;
            } catch (RuntimeException e) {
                log.warn("Publishing the shipped indicator system failed (attempt {} of {}): {}", attempt, ATTEMPTS,
                         e.getMessage());
                sleep();
            }
        }
        log.error("The shipped indicator system {} {} is not published; an administrator can publish it.",
                  DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION);
    }

    /** Drafts and publishes the shipped version unless the catalog already exists. */
    public void publishIfAbsent() {
        if (eventStore.lastSequenceNumberFor(DefaultIndicatorSystem.SYSTEM).isPresent()) {
            return;
        }
        String yaml = DefaultIndicatorSystem.yaml();
        send(new DraftIndicatorVersion(DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION, yaml));
        send(new PublishIndicatorVersion(DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION,
                                         IndicatorSystemParser.proposedEffectiveDate(yaml)));
        log.info("Published the shipped indicator system {} {}", DefaultIndicatorSystem.SYSTEM,
                 DefaultIndicatorSystem.VERSION);
    }

    private void send(Object command) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                        .andMetaData(SYSTEM_ACTOR.asMetaData()));
    }

    private void sleep() {
        try {
            Thread.sleep(retryDelayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
