package org.greencredit.ui.command;

import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Sends commands and waits for them to be stored. Every refusal comes back as {@link CommandRefused}, whether the
 * handler ran in this JVM or behind Axon Server (where the reason travels as the exception's details).
 */
@Component
public class CommandClient {

    private final CommandGateway commandGateway;

    public CommandClient(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public void send(Object command) {
        try {
            commandGateway.sendAndWait(command);
        } catch (RuleViolation e) {
            throw new CommandRefused(e.refusal(), e);
        } catch (CommandExecutionException e) {
            throw new CommandRefused(e.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                                      .orElseGet(() -> new Refusal("command.failed", List.of())), e);
        } catch (ConcurrencyException e) {
            throw new CommandRefused(new Refusal("command.concurrentChange", List.of()), e);
        }
    }
}
