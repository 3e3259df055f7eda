package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.enterprise.EnterpriseProfile;

/** 变更企业信息: replaces the enterprise's profile as of {@code effectiveOn}. */
public record ChangeEnterpriseProfile(@TargetAggregateIdentifier String creditCode, EnterpriseProfile profile,
                                      LocalDate effectiveOn) {
}
