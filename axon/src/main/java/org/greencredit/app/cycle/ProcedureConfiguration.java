package org.greencredit.app.cycle;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.messaging.SystemCommands;
import org.axonframework.serialization.Serializer;
import org.greencredit.projections.cycle.FanOutProgressStore;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evaluation procedure's moving parts: the cycle's fan-out and the deadlines the system acts on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "greencredit.processors.enabled", havingValue = "true", matchIfMissing = true)
public class ProcedureConfiguration {

    @Bean
    public FanOutProgressStore fanOutProgressStore(MongoDatabase readModelDatabase) {
        return new FanOutProgressStore(readModelDatabase);
    }

    /**
     * {@code greencredit.fan-out.batch-size} commands commit per unit of work: one synced write for the batch
     * instead of one per enterprise, and at most one batch to send again after a crash. Progress is timed by the
     * wall clock, also where business time is simulated: its rate and estimated end are for the people waiting.
     */
    @Bean
    public FanOutWorker fanOutWorker(MongoDatabase readModelDatabase,
                                     @Qualifier("eventSerializer") Serializer eventSerializer,
                                     FanOutProgressStore progress, SystemCommands commands,
                                     TransactionManager transactionManager,
                                     GreenCreditProperties properties) {
        return new FanOutWorker(new FanOutJobs(readModelDatabase, eventSerializer), progress, commands, transactionManager,
                                Clock.systemUTC(), properties.fanOut().batchSize(), properties.fanOut().retryDelay());
    }

    @Bean
    public CycleFanOut cycleFanOut(FanOutWorker worker) {
        return new CycleFanOut(worker);
    }

    /** A fan-out that could not be recorded (the store unreachable) is retried from its event, not skipped. */
    @Bean
    public ConfigurerModule cycleFanOutProcessing() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(CycleFanOut.PROCESSING_GROUP,
                                                        c -> PropagatingErrorHandler.instance());
    }

    @Bean
    public DeadlineSweeper deadlineSweeper(DeadlinesProjection deadlines, SystemCommands commands, Clock clock,
                                           EventProcessingConfiguration processing, TokenStore tokenStore,
                                           GreenCreditProperties properties) {
        return new DeadlineSweeper(deadlines, commands, clock, properties.deadlines().sweepInterval(),
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
