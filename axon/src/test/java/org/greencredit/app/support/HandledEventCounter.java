package org.greencredit.app.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts events handed to event processors in this application instance, so tests can see whether anything was
 * reprocessed. Registered as a bean, Axon applies it to every processor.
 */
public class HandledEventCounter implements MessageHandlerInterceptor<EventMessage<?>> {

    private final AtomicInteger handled = new AtomicInteger();

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        handled.incrementAndGet();
        return chain.proceed();
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
    }
}
