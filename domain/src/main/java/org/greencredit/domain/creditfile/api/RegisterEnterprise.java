package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.enterprise.EnterpriseProfile;

/** 登记企业: opens the credit file of an enterprise that is a fixed pollution source, established on a date. */
public record RegisterEnterprise(@TargetAggregateIdentifier String creditCode, LocalDate establishedOn,
                                 EnterpriseProfile profile) {
}
