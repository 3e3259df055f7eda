package org.greencredit.ui.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.projections.partner.PartnerClientSummary;

/**
 * The partner API clients (合作方接口客户端), as the administration view uses them. Refusals are
 * {@link org.greencredit.domain.common.RuleViolation}s with the domain's message keys.
 */
public interface PartnerClients {

    List<PartnerClientSummary> all();

    /** Creates a client; its secret is in the answer and nowhere else. */
    IssuedClient register(String organisation, String department, Set<PartnerScope> scopes, LocalDate expiresOn,
                          Integer requestsPerMinute, Actor actor);

    void revoke(String clientId, Actor actor);

    /** A new client's id and its secret, shown once. */
    record IssuedClient(String clientId, String secret) {
    }
}
