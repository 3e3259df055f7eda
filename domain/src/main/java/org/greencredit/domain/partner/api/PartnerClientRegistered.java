package org.greencredit.domain.partner.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.partner.PartnerScope;

/**
 * 合作方接口客户端已创建: who may read what until when. {@code scopes} are sorted, so equal registrations store equal
 * bytes; {@code secretHash} is the keyed hash of the secret, never the secret itself.
 */
@Revision("1")
public record PartnerClientRegistered(String clientId, String organisation, String department,
                                      List<PartnerScope> scopes, LocalDate expiresOn, String secretHash,
                                      Integer requestsPerMinute, LocalDate registeredOn, String registeredBy) {
}
