package org.greencredit.app.messaging;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.greencredit.domain.common.RuleViolation;

/**
 * Turns a business-rule refusal into a command execution exception whose details carry the {@code Refusal}, the
 * form in which Axon Server transports a handler's failure back to the sender. Senders see the same exception
 * whether the handler ran locally or on another node.
 */
public class RefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (RuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), violation, violation.refusal());
        }
    }
}
