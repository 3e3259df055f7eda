package org.greencredit.domain.inspector.api;

import org.axonframework.serialization.Revision;

/** 执法证号已占用: {@code certificateNumber} (canonical form) belongs to {@code inspectorId} from now on. */
@Revision("1")
public record CertificateNumberClaimed(String claimId, String certificateNumber, String inspectorId) {
}
