package org.greencredit.projections.batch;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Handles a processor's batch of events as one for the read models ({@link BatchedWrites}) and sends its writes
 * right after the batch's last event is handled: still inside the unit of work, before its commit and so before
 * the processor stores its token. Not in a commit step of its own: the processor registers the token's step
 * before any event is handled, and steps of one phase run in the order registered, so the token would go first.
 * A crash therefore repeats at most the batch, whose handlers are idempotent; an event that fails sends nothing
 * of the batch, and the processor handles the batch again.
 */
public final class FlushWritesInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        BatchedWrites writes = BatchedWrites.of(unitOfWork);
        Object result = chain.proceed();
        if (!(unitOfWork.root() instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            writes.flush();
        }
        return result;
    }
}
