package org.greencredit.projections.partner;

import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.partner.PartnerScope;

/**
 * A partner API client as the application checks it at every request and the administrators list it. {@code
 * secretHash} is the keyed hash of the secret; {@code revokedOn} is null unless revoked; {@code requestsPerMinute}
 * null means the configured default.
 */
public record PartnerClientSummary(String clientId, String organisation, String department, List<PartnerScope> scopes,
                                   LocalDate expiresOn, String secretHash, Integer requestsPerMinute,
                                   LocalDate registeredOn, String registeredBy, LocalDate revokedOn) {

    /** Whether the client may still be used on {@code day}: not revoked, and its last day not passed. */
    public boolean usableOn(LocalDate day) {
        return revokedOn == null && !day.isAfter(expiresOn);
    }
}
