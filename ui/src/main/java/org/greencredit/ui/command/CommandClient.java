package org.greencredit.ui.command;

import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.greencredit.domain.common.Refusal;
import org.springframework.stereotype.Component;

/**
 * Sends commands on behalf of the current actor and waits for them to be stored. Every refusal comes back as
 * {@link CommandRefused}, whether the handler ran in this JVM or behind Axon Server (where the reason travels as
 * the exception's details).
 */
@Component
public class CommandClient {

    private final CommandGateway commandGateway;
    private final CurrentActor currentActor;

    public CommandClient(CommandGateway commandGateway, CurrentActor currentActor) {
        this.commandGateway = commandGateway;
        this.currentActor = currentActor;
    }

    public void send(Object command) {
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                            .andMetaData(currentActor.actor().asMetaData()));
        } catch (CommandExecutionException e) {
            throw new CommandRefused(e.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                                      .orElseGet(() -> new Refusal("command.failed", List.of())), e);
        } catch (ConcurrencyException | AggregateStreamCreationException e) {
            throw new CommandRefused(new Refusal("command.concurrentChange", List.of()), e);
        }
    }
}
