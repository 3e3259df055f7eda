package org.greencredit.app.messaging;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;

/**
 * Turns a business-rule refusal into a command execution exception whose details carry the {@code Refusal}, the
 * form in which Axon Server transports a handler's failure back to the sender. Senders see the same exception
 * whether the handler ran locally or on another node. A command for a stream that does not exist, or whose
 * identifier belongs to another kind of stream (a cycle named like a credit code), is refused the same way.
 */
public class RefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Map<String, String> NOT_FOUND_BY_PACKAGE = Map.of(
            "org.greencredit.domain.creditfile", "creditFile.notFound",
            "org.greencredit.domain.cycle", "cycle.notFound",
            "org.greencredit.domain.indicator", "indicator.system.notFound",
            "org.greencredit.domain.dataerror", "dataError.notFound",
            "org.greencredit.domain.partner", "partnerClient.notFound",
            "org.greencredit.domain.inspection", "inspection.notDrawn",
            "org.greencredit.domain.inspector", "inspector.notFound");

    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (RuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), violation, violation.refusal());
        } catch (AggregateNotFoundException notFound) {
            Refusal refusal = new Refusal(notFoundKey(unitOfWork.getMessage()),
                                          List.of(String.valueOf(notFound.getAggregateIdentifier())));
            throw new CommandExecutionException(notFound.getMessage(), notFound, refusal);
        } catch (IncompatibleAggregateException otherKind) {
            Refusal refusal = new Refusal("identifier.taken", List.of(target(unitOfWork.getMessage())));
            throw new CommandExecutionException(otherKind.getMessage(), otherKind, refusal);
        }
    }

    private static String notFoundKey(CommandMessage<?> command) {
        String commandPackage = command.getPayloadType().getPackageName();
        return NOT_FOUND_BY_PACKAGE.entrySet().stream()
                                   .filter(entry -> commandPackage.startsWith(entry.getKey()))
                                   .map(Map.Entry::getValue).findFirst().orElse("record.notFound");
    }

    private String target(CommandMessage<?> command) {
        try {
            return targets.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return "";
        }
    }
}
