package org.greencredit.app.cli;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.inmemory.InMemorySagaStore;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.audit.DecisionVerifier;
import org.greencredit.app.clock.ClockConfiguration;
import org.greencredit.app.inspection.DrawVerifier;
import org.greencredit.app.messaging.AxonConfiguration;
import org.greencredit.app.messaging.SerializerConfiguration;
import org.greencredit.app.startup.ContextRoot;
import org.greencredit.app.storage.EmbeddedEventStoreConfiguration;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What {@code verify-decisions} and {@code verify-draw} need and nothing more: the event store (embedded or Axon
 * Server), the aggregates' model and the decision and draw verifiers. No read-model store is opened — no port, no MongoDB — and nothing is written:
 * tokens and sagas would only live in memory, and no processor is registered to use them.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration"})
@EnableConfigurationProperties(GreenCreditProperties.class)
@Import({ClockConfiguration.class, SerializerConfiguration.class, AxonConfiguration.class,
         EmbeddedEventStoreConfiguration.class})
@ContextRoot
public class VerificationApplication {

    @Bean
    public TokenStore tokenStore() {
        return new InMemoryTokenStore();
    }

    @Bean
    public SagaStore<Object> sagaStore() {
        return new InMemorySagaStore();
    }

    @Bean
    public DecisionVerifier decisionVerifier(EventStore eventStore, IndicatorVersions indicatorVersions,
                                             Configuration axonConfiguration) {
        return new DecisionVerifier(eventStore, indicatorVersions, axonConfiguration);
    }

    @Bean
    public DrawVerifier drawVerifier(EventStore eventStore, IndicatorVersions indicatorVersions) {
        return new DrawVerifier(eventStore, indicatorVersions);
    }
}
