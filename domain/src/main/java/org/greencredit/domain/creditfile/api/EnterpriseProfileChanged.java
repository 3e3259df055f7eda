package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.enterprise.EnterpriseProfile;

/** 企业信息已变更: the whole new profile, in force from {@code effectiveOn}. */
@Revision("1")
public record EnterpriseProfileChanged(String creditCode, EnterpriseProfile profile, LocalDate effectiveOn) {
}
