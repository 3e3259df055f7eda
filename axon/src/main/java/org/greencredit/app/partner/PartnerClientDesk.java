package org.greencredit.app.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.domain.partner.api.RegisterPartnerClient;
import org.greencredit.domain.partner.api.RevokePartnerClient;
import org.greencredit.projections.partner.FindPartnerClients;
import org.greencredit.projections.partner.PartnerClientList;
import org.greencredit.projections.partner.PartnerClientSummary;
import org.greencredit.ui.partner.PartnerClients;

/**
 * Creates and revokes partner API clients: generates the id and the secret, sends the command with only the secret's
 * keyed hash, and hands the secret back once — it is stored nowhere.
 */
public class PartnerClientDesk implements PartnerClients {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PartnerSecrets secrets;

    public PartnerClientDesk(CommandGateway commands, QueryGateway queries, PartnerSecrets secrets) {
        this.commands = commands;
        this.queries = queries;
        this.secrets = secrets;
    }

    @Override
    public List<PartnerClientSummary> all() {
        return queries.query(new FindPartnerClients(), PartnerClientList.class).join().clients();
    }

    @Override
    public IssuedClient register(String organisation, String department, Set<PartnerScope> scopes,
                                 LocalDate expiresOn, Integer requestsPerMinute, Actor actor) {
        String clientId = secrets.newClientId();
        String secret = secrets.newSecret();
        send(new RegisterPartnerClient(clientId, organisation, department, scopes, expiresOn,
                                       secrets.hash(clientId, secret), requestsPerMinute), actor);
        return new IssuedClient(clientId, secret);
    }

    @Override
    public void revoke(String clientId, Actor actor) {
        send(new RevokePartnerClient(clientId), actor);
    }

    /** A refusal of the aggregate comes back as the domain's own, for the view and the API alike. */
    private void send(Object command, Actor actor) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData()));
        } catch (CommandExecutionException failed) {
            Refusal refusal = failed.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                                    .orElseThrow(() -> failed);
            throw new RuleViolation(refusal.messageKey(), refusal.arguments().toArray());
        }
    }
}
