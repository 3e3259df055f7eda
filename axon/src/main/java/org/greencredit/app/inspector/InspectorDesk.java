package org.greencredit.app.inspector;

import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.inspector.api.ChangeInspectorDetails;
import org.greencredit.domain.inspector.api.DeactivateInspector;
import org.greencredit.domain.inspector.api.DeclareRecusal;
import org.greencredit.domain.inspector.api.ReactivateInspector;
import org.greencredit.domain.inspector.api.RegisterInspector;
import org.greencredit.domain.inspector.api.WithdrawRecusal;
import org.greencredit.projections.inspector.FindInspectorByUsername;
import org.greencredit.projections.inspector.FindInspectors;
import org.greencredit.projections.inspector.InspectorList;
import org.greencredit.projections.inspector.InspectorSummary;
import org.greencredit.ui.inspector.InspectorDirectory;
import org.greencredit.ui.security.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * Maintains the 执法人员名录 for the administration view: gives a new inspector its id, sends the commands and hands
 * a refusal back as the domain's own. The linked account is checked here, where the accounts are known: it must not
 * be linked to another inspector already (checked against the read model, so two administrators linking one account
 * in the same instant could both pass — the draw reads the account's entry with {@link FindInspectorByUsername},
 * which then answers the active one with the lowest id), and an existing account must have the role INSPECTOR.
 */
@Component
public class InspectorDesk implements InspectorDirectory {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final UserAccounts accounts;

    public InspectorDesk(CommandGateway commands, QueryGateway queries, UserAccounts accounts) {
        this.commands = commands;
        this.queries = queries;
        this.accounts = accounts;
    }

    @Override
    public List<InspectorSummary> all() {
        return queries.query(new FindInspectors(), InspectorList.class).join().inspectors();
    }

    @Override
    public SubscriptionQueryResult<InspectorList, InspectorSummary> watch() {
        return queries.subscriptionQuery(new FindInspectors(), InspectorList.class, InspectorSummary.class);
    }

    @Override
    public String register(InspectorDetails details, Actor actor) {
        String inspectorId = "inspector-" + UUID.randomUUID();
        requireAccountFree(details.username(), inspectorId);
        send(new RegisterInspector(inspectorId, details.name(), details.department(), details.certificateNumber(),
                                   details.username()), actor);
        return inspectorId;
    }

    @Override
    public void change(String inspectorId, InspectorDetails details, Actor actor) {
        requireAccountFree(details.username(), inspectorId);
        send(new ChangeInspectorDetails(inspectorId, details.name(), details.department(),
                                        details.certificateNumber(), details.username()), actor);
    }

    @Override
    public void deactivate(String inspectorId, String reason, Actor actor) {
        send(new DeactivateInspector(inspectorId, reason), actor);
    }

    @Override
    public void reactivate(String inspectorId, String reason, Actor actor) {
        send(new ReactivateInspector(inspectorId, reason), actor);
    }

    @Override
    public void declareRecusal(String inspectorId, String creditCode, String reason, Actor actor) {
        send(new DeclareRecusal(inspectorId, creditCode, reason), actor);
    }

    @Override
    public void withdrawRecusal(String inspectorId, String creditCode, String reason, Actor actor) {
        send(new WithdrawRecusal(inspectorId, creditCode, reason), actor);
    }

    private void requireAccountFree(String username, String inspectorId) {
        if (username == null || username.isBlank()) {
            return;
        }
        String account = username.strip();
        InspectorSummary linked = queries.query(new FindInspectorByUsername(account),
                                             ResponseTypes.instanceOf(InspectorSummary.class)).join();
        if (linked != null && !linked.inspectorId().equals(inspectorId)) {
            throw new RuleViolation("inspector.username.taken", account, linked.name());
        }
        accounts.find(account).filter(found -> found.role() != Role.INSPECTOR).ifPresent(found -> {
            throw new RuleViolation("inspector.username.notInspector", account, "role." + found.role().name());
        });
    }

    /** A refusal of the aggregate comes back as the domain's own. */
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
