package org.greencredit.app.partner;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.projections.partner.FindPartnerClient;
import org.greencredit.projections.partner.PartnerClientSummary;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks the HTTP Basic credentials of a partner request: the user name is the client id, the password its secret.
 * The client is read by id from the {@code partner_clients} read model and the secret compared with its keyed hash.
 * A revoked client is refused ({@link DisabledException}), and so is one whose last day has passed
 * ({@link CredentialsExpiredException}); the answer says which, since only the holder of the secret learns it.
 * The scopes become authorities {@code SCOPE_<scope>}, which the chain's rules ask for.
 */
public class PartnerClientAuthentication implements AuthenticationProvider {

    private final QueryGateway queries;
    private final PartnerSecrets secrets;
    private final Clock clock;

    public PartnerClientAuthentication(QueryGateway queries, PartnerSecrets secrets, Clock clock) {
        this.queries = queries;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String clientId = authentication.getName();
        String secret = String.valueOf(authentication.getCredentials());
        PartnerClientSummary client = clientId == null || clientId.length() > 64 ? null
                : queries.query(new FindPartnerClient(clientId), PartnerClientSummary.class).join();
        if (client == null || !secrets.matches(clientId, secret, client.secretHash())) {
            throw new BadCredentialsException("unknown client or wrong secret");
        }
        if (client.revokedOn() != null) {
            throw new DisabledException("revoked on " + client.revokedOn());
        }
        if (!client.usableOn(LocalDate.now(clock))) {
            throw new CredentialsExpiredException("expired after " + client.expiresOn());
        }
        PartnerCaller caller = new PartnerCaller(client.clientId(), client.organisation(), client.department(),
                                                 client.scopes(), client.requestsPerMinute());
        return UsernamePasswordAuthenticationToken.authenticated(
                caller, null, client.scopes().stream().map(PartnerCaller::authority)
                                    .map(SimpleGrantedAuthority::new).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
