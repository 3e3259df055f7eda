package org.greencredit.domain.partner;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.partner.api.PartnerClientRegistered;
import org.greencredit.domain.partner.api.PartnerClientRevoked;
import org.greencredit.domain.partner.api.RegisterPartnerClient;
import org.greencredit.domain.partner.api.RevokePartnerClient;

/**
 * 合作方接口客户端: one client of the partner API (a bank, another bureau, the district credit platform) — which
 * organisation it is, what it may read and until when, and whether it was revoked. Only an administrator creates or
 * revokes one; the secret never reaches the domain, only its keyed hash.
 */
public class PartnerClient {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_REQUESTS_PER_MINUTE = 100_000;
    /** Lower-case letters, digits and hyphens: safe in an HTTP Basic user name (no colon) and in a URL. */
    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private String clientId;
    private boolean revoked;

    protected PartnerClient() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterPartnerClient command, Actor actor, Clock clock) {
        actor.requireRole(Role.ADMIN);
        if (clientId != null) {
            throw new RuleViolation("partnerClient.alreadyRegistered", clientId);
        }
        if (command.clientId() == null || !CLIENT_ID.matcher(command.clientId()).matches()) {
            throw new RuleViolation("partnerClient.id.invalid", String.valueOf(command.clientId()));
        }
        String organisation = trimmed(command.organisation());
        if (organisation == null) {
            throw new RuleViolation("partnerClient.organisation.required");
        }
        String department = trimmed(command.department());
        if (organisation.length() > MAX_NAME_LENGTH || (department != null && department.length() > MAX_NAME_LENGTH)) {
            throw new RuleViolation("partnerClient.name.tooLong", MAX_NAME_LENGTH);
        }
        if (command.scopes() == null || command.scopes().isEmpty() || command.scopes().stream().anyMatch(Objects::isNull)) {
            throw new RuleViolation("partnerClient.scopes.required");
        }
        if (command.expiresOn() == null) {
            throw new RuleViolation("partnerClient.expiry.required");
        }
        LocalDate today = LocalDate.now(clock);
        if (command.expiresOn().isBefore(today)) {
            throw new RuleViolation("partnerClient.expiry.past", command.expiresOn(), today);
        }
        if (command.secretHash() == null || !SHA_256_HEX.matcher(command.secretHash()).matches()) {
            throw new RuleViolation("partnerClient.secret.invalid");
        }
        Integer rate = command.requestsPerMinute();
        if (rate != null && (rate < 1 || rate > MAX_REQUESTS_PER_MINUTE)) {
            throw new RuleViolation("partnerClient.rate.invalid", rate, MAX_REQUESTS_PER_MINUTE);
        }
        apply(new PartnerClientRegistered(command.clientId(), organisation, department,
                                          command.scopes().stream().sorted().toList(), command.expiresOn(),
                                          command.secretHash(), rate, today, actor.id()));
    }

    @CommandHandler
    void handle(RevokePartnerClient command, Actor actor, Clock clock) {
        actor.requireRole(Role.ADMIN);
        if (revoked) {
            throw new RuleViolation("partnerClient.alreadyRevoked", clientId);
        }
        apply(new PartnerClientRevoked(clientId, LocalDate.now(clock), actor.id()));
    }

    @EventSourcingHandler
    void on(PartnerClientRegistered event) {
        clientId = event.clientId();
    }

    @EventSourcingHandler
    void on(PartnerClientRevoked event) {
        revoked = true;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
