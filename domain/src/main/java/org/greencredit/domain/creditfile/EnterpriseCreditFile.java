package org.greencredit.domain.creditfile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseName;

/**
 * 企业信用档案: everything known about one enterprise, as one event stream identified by its credit code.
 */
public class EnterpriseCreditFile {

    @AggregateIdentifier
    private String creditCode;

    /** Registration loads an existing file instead of failing late on a duplicate stream, so it can say why. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterEnterprise command) {
        if (creditCode != null) {
            throw new RuleViolation("enterprise.alreadyRegistered", creditCode);
        }
        CreditCode code = new CreditCode(command.creditCode());
        EnterpriseName name = new EnterpriseName(command.name());
        apply(new EnterpriseRegistered(code.value(), name.value()));
    }

    @EventSourcingHandler
    void on(EnterpriseRegistered event) {
        this.creditCode = event.creditCode();
    }
}
