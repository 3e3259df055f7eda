package org.greencredit.app.messaging;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.greencredit.domain.creditfile.EnterpriseCreditFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the domain's aggregates with Axon (the domain module carries no Spring stereotypes) and sets how
 * commands and events are processed.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    public ConfigurerModule aggregates() {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(EnterpriseCreditFile.class));
    }

    /**
     * Pooled streaming processors read the event stream once and share it among segments; segments are claimed
     * through the token store, which is how several application instances divide the work.
     *
     * <p>A new processor starts from a {@code null} token, which means "from the first event" without asking the
     * event store where its tail is. The application can then start while Axon Server is unreachable, report that
     * in its health, and catch up once the connection is back.
     */
    @Bean
    public ConfigurerModule pooledStreamingProcessors() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors(
                (configuration, processor) -> processor.initialToken(source -> null));
    }

    /**
     * Event processors write only to MongoDB and keep their tokens there, so a relational transaction around their
     * batches would hold an event-store connection for nothing. Handlers are idempotent instead.
     */
    @Bean
    public ConfigurerModule processorsWithoutRelationalTransactions() {
        return configurer -> configurer.eventProcessing()
                                       .registerDefaultTransactionManager(c -> NoTransactionManager.instance());
    }

    @Bean
    public RefusalInterceptor refusalInterceptor() {
        return new RefusalInterceptor();
    }
}
