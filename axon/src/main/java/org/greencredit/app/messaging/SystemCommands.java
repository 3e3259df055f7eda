package org.greencredit.app.messaging;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.Refusal;

/**
 * Commands the system sends itself — fan-out of a cycle's phases, deadlines that fell due, reference data on start
 * — as the system actor, so every event they cause says who acted. A business refusal is an answer, returned to
 * the caller; any other failure (the store unreachable) is thrown, so the caller can try again later.
 */
public class SystemCommands {

    public static final Actor SYSTEM_ACTOR = new Actor("system", Role.SYSTEM, null, null);

    private final CommandGateway commandGateway;

    public SystemCommands(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Sends the command and waits; empty when it was carried out, the refusal when it was refused. */
    public Optional<Refusal> send(Object command) {
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                            .andMetaData(SYSTEM_ACTOR.asMetaData()));
            return Optional.empty();
        } catch (CommandExecutionException failure) {
            Optional<Refusal> refusal = failure.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast);
            if (refusal.isEmpty()) {
                throw failure;
            }
            return refusal;
        }
    }

    /** Sends the command and waits, failing on a refusal as on any other failure. */
    public void require(Object command) {
        send(command).ifPresent(refusal -> {
            throw new IllegalStateException("refused: " + refusal.messageKey() + " " + refusal.arguments());
        });
    }
}
