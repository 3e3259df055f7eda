package org.greencredit.app.partner;

import java.time.LocalDate;
import java.util.Set;
import org.greencredit.app.security.ApiUser;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.ui.partner.PartnerClients;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator creates a partner API client ({@code POST /api/admin/partner-clients}: 201 with the client id and
 * its secret, shown this once) and revokes one ({@code POST /api/admin/partner-clients/{clientId}/revoke}: 204).
 * The API chain opens {@code /api/admin/**} to ADMIN only, and the aggregate refuses every other role again.
 */
@RestController
public class PartnerClientsAdminApi {

    private final PartnerClientDesk desk;

    public PartnerClientsAdminApi(PartnerClientDesk desk) {
        this.desk = desk;
    }

    @PostMapping(path = "/api/admin/partner-clients", consumes = MediaType.APPLICATION_JSON_VALUE,
                 produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<PartnerClients.IssuedClient> create(@RequestBody NewClient client,
                                                                 Authentication authentication) {
        return ResponseEntity.status(HttpStatus.CREATED).body(desk.register(
                client.organisation(), client.department(), client.scopes(), client.expiresOn(),
                client.requestsPerMinute(), ApiUser.actor(authentication)));
    }

    @PostMapping("/api/admin/partner-clients/{clientId}/revoke")
    public ResponseEntity<Void> revoke(@PathVariable String clientId, Authentication authentication) {
        desk.revoke(clientId, ApiUser.actor(authentication));
        return ResponseEntity.noContent().build();
    }

    /** What an administrator says about a new client; the id and the secret are generated. */
    public record NewClient(String organisation, String department, Set<PartnerScope> scopes, LocalDate expiresOn,
                            Integer requestsPerMinute) {
    }
}
