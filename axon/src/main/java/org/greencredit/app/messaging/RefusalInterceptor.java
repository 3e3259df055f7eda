package org.greencredit.app.messaging;

import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;

/**
 * Turns a business-rule refusal into a command execution exception whose details carry the {@code Refusal}, the
 * form in which Axon Server transports a handler's failure back to the sender. Senders see the same exception
 * whether the handler ran locally or on another node. A command for a credit file that does not exist is refused
 * the same way.
 */
public class RefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (RuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), violation, violation.refusal());
        } catch (AggregateNotFoundException notFound) {
            Refusal refusal = new Refusal("creditFile.notFound", List.of(String.valueOf(notFound.getAggregateIdentifier())));
            throw new CommandExecutionException(notFound.getMessage(), notFound, refusal);
        }
    }
}
