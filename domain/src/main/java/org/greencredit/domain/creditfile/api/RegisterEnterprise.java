package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.enterprise.EnterpriseProfile;

/**
 * 登记企业: opens the credit file of an enterprise that is a fixed pollution source, established on a date. An
 * enterprise imported from the register of fixed pollution sources names its import ({@code importId}, null when
 * entered by hand); importing it again is then answered, not refused.
 */
public record RegisterEnterprise(@TargetAggregateIdentifier String creditCode, LocalDate establishedOn,
                                 EnterpriseProfile profile, String importId) {

    public RegisterEnterprise(String creditCode, LocalDate establishedOn, EnterpriseProfile profile) {
        this(creditCode, establishedOn, profile, null);
    }
}
