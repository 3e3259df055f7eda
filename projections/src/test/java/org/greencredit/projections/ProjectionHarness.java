package org.greencredit.projections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.greencredit.projections.batch.FlushWritesInterceptor;

/**
 * Drives a projection through Axon's own annotation adapters, so handler wiring (parameters such as
 * {@code @Timestamp}, reset handlers, query handlers) is exercised as in the running application. Messages are
 * delivered as a streaming processor delivers them: tracked, each at the next global position of the store (from 0,
 * as Axon Server counts).
 */
public class ProjectionHarness {

    private final AnnotationEventHandlerAdapter events;
    private final AnnotationQueryHandlerAdapter<Object> queries;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<EventMessage<?>> published = new ArrayList<>();
    private long position;

    public ProjectionHarness(Object projection) {
        this.events = new AnnotationEventHandlerAdapter(projection);
        this.queries = new AnnotationQueryHandlerAdapter<>(projection);
    }

    /** Delivers an event of the credit file {@code aggregateId}, recorded at {@code recordedAt}. */
    public GenericDomainEventMessage<Object> publish(String aggregateId, Object payload, Instant recordedAt) {
        return publish("EnterpriseCreditFile", aggregateId, payload, recordedAt, MetaData.emptyInstance());
    }

    /** Delivers an event of the stream {@code aggregateId} of {@code aggregateType}, with metadata. */
    public GenericDomainEventMessage<Object> publish(String aggregateType, String aggregateId, Object payload,
                                                     Instant recordedAt, MetaData metaData) {
        GenericDomainEventMessage<Object> message = next(aggregateType, aggregateId, payload, recordedAt, metaData);
        redeliver(message);
        return message;
    }

    /**
     * The next event of the credit file {@code aggregateId}, recorded at {@code recordedAt}, counted as published
     * but not delivered: for {@link #deliverInOneBatch}.
     */
    public GenericDomainEventMessage<Object> next(String aggregateId, Object payload, Instant recordedAt) {
        return next("EnterpriseCreditFile", aggregateId, payload, recordedAt, MetaData.emptyInstance());
    }

    public GenericDomainEventMessage<Object> next(String aggregateType, String aggregateId, Object payload,
                                                  Instant recordedAt, MetaData metaData) {
        long sequence = sequences.merge(aggregateId, 0L, (previous, ignored) -> previous + 1);
        GenericDomainEventMessage<Object> message = new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(position++), new GenericDomainEventMessage<>(
                aggregateType, aggregateId, sequence, new GenericMessage<>(payload, metaData), recordedAt));
        published.add(message);
        return message;
    }

    /** Delivers an event that belongs to no aggregate, as Axon Server hands such events to a processor. */
    public GenericEventMessage<Object> publishUnowned(Object payload, Instant recordedAt, MetaData metaData) {
        GenericEventMessage<Object> message = new GenericTrackedEventMessage<>(
                new GlobalSequenceTrackingToken(position++),
                new GenericEventMessage<>(new GenericMessage<>(payload, metaData), () -> recordedAt));
        published.add(message);
        redeliver(message);
        return message;
    }

    /** Delivers an already delivered message again, as a processor does after a crash before its token moved. */
    public void redeliver(EventMessage<?> message) {
        try {
            events.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Delivers messages as a pooled streaming processor delivers a batch: in one unit of work, through the
     * {@link FlushWritesInterceptor} the application registers for every projection, so the batch's writes reach
     * the store together after its last message — or, if a message fails, not at all.
     */
    public void deliverInOneBatch(List<EventMessage<?>> messages) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        ResultMessage<?> result = batch.executeWithResult(() -> new DefaultInterceptorChain<>(
                batch, List.of(new FlushWritesInterceptor()), events).proceed());
        if (result.isExceptional()) {
            throw new IllegalStateException("the batch failed", result.exceptionResult());
        }
    }

    /** Every message {@link #publish published} so far, in order: the history a processor would deliver. */
    public List<EventMessage<?>> published() {
        return List.copyOf(published);
    }

    public void reset() {
        events.prepareReset();
    }

    public <R> R query(Object query, Class<R> responseType) {
        try {
            return responseType.cast(queries.handle(new GenericQueryMessage<>(query, ResponseTypes.instanceOf(responseType))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
