package org.greencredit.domain.partner.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 合作方接口客户端已吊销. */
@Revision("1")
public record PartnerClientRevoked(String clientId, LocalDate revokedOn, String revokedBy) {
}
