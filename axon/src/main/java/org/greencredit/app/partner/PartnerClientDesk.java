package org.greencredit.app.partner;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.domain.partner.api.RegisterPartnerClient;
import org.greencredit.domain.partner.api.RevokePartnerClient;

/**
 * Creates and revokes partner API clients: generates the id and the secret, sends the command with only the secret's
 * keyed hash, and hands the secret back once — it is stored nowhere.
 */
public class PartnerClientDesk {

    private final CommandGateway commands;
    private final PartnerSecrets secrets;

    public PartnerClientDesk(CommandGateway commands, PartnerSecrets secrets) {
        this.commands = commands;
        this.secrets = secrets;
    }

    public IssuedClient register(String organisation, String department, Set<PartnerScope> scopes,
                                 LocalDate expiresOn, Integer requestsPerMinute, Actor actor) {
        String clientId = secrets.newClientId();
        String secret = secrets.newSecret();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterPartnerClient(
                clientId, organisation, department, scopes, expiresOn, secrets.hash(clientId, secret),
                requestsPerMinute)).andMetaData(actor.asMetaData()));
        return new IssuedClient(clientId, secret);
    }

    public void revoke(String clientId, Actor actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RevokePartnerClient(clientId))
                                                  .andMetaData(actor.asMetaData()));
    }

    /** A new client's id and its secret, shown once. */
    public record IssuedClient(String clientId, String secret) {
    }
}
