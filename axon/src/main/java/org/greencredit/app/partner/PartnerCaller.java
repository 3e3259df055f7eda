package org.greencredit.app.partner;

import java.util.List;
import org.greencredit.domain.partner.PartnerScope;

/** The partner API client a request authenticated as: the principal of the partner filter chain. */
public record PartnerCaller(String clientId, String organisation, String department, List<PartnerScope> scopes,
                            Integer requestsPerMinute) {

    static String authority(PartnerScope scope) {
        return "SCOPE_" + scope.name();
    }
}
