package org.greencredit.app.cycle;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.messaging.SystemCommands;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evaluation procedure's moving parts: the cycle's fan-out and the deadlines the system acts on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "greencredit.processors.enabled", havingValue = "true", matchIfMissing = true)
public class ProcedureConfiguration {

    @Bean
    public CycleFanOut cycleFanOut(SystemCommands commands) {
        return new CycleFanOut(commands);
    }

    /**
     * A fan-out that fails (the store unreachable halfway through a batch) is retried from its event, not skipped;
     * handling one event can take a while for a large batch, so the coordinator keeps the segment's claim alive.
     */
    @Bean
    public ConfigurerModule cycleFanOutProcessing() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(CycleFanOut.PROCESSING_GROUP,
                                                        c -> PropagatingErrorHandler.instance())
                .registerPooledStreamingEventProcessorConfiguration(
                        CycleFanOut.PROCESSING_GROUP, (c, builder) -> builder.enableCoordinatorClaimExtension());
    }

    @Bean
    public DeadlineSweeper deadlineSweeper(DeadlinesProjection deadlines, SystemCommands commands, Clock clock,
                                           EventProcessingConfiguration processing, TokenStore tokenStore,
                                           @Value("${greencredit.deadlines.sweep-interval:PT5M}") Duration interval) {
        return new DeadlineSweeper(deadlines, commands, clock, interval,
                                   () -> caughtUp(processing, tokenStore, DeadlinesProjection.PROCESSING_GROUP));
    }

    /** Whether this node holds every segment of the processor and each has reached the head of the stream. */
    private static boolean caughtUp(EventProcessingConfiguration processing, TokenStore tokenStore,
                                    String processorName) {
        return processing.eventProcessor(processorName, StreamingEventProcessor.class).map(processor -> {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            return !status.isEmpty() && status.size() == tokenStore.fetchSegments(processorName).length
                    && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        }).orElse(true);
    }
}
