package org.greencredit.app.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.greencredit.projections.directory.EnterpriseDirectoryProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts events handed to the enterprise directory's processor in this application instance, so tests can see
 * whether anything was reprocessed there.
 */
public class HandledEventCounter {

    private final AtomicInteger handled = new AtomicInteger();

    /**
     * Not a bean itself: Axon would register every interceptor bean with every processor.
     */
    private MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            handled.incrementAndGet();
            return chain.proceed();
        };
    }

    public int total() {
        return handled.get();
    }

    @Configuration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        public HandledEventCounter handledEventCounter() {
            return new HandledEventCounter();
        }

        @Bean
        public ConfigurerModule directoryEventCounting(HandledEventCounter counter) {
            return configurer -> configurer.eventProcessing().registerHandlerInterceptor(
                    EnterpriseDirectoryProjection.PROCESSING_GROUP, configuration -> counter.interceptor());
        }
    }
}
