package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.enterprise.EnterpriseProfile;

/**
 * 企业已登记: the first event of every credit file. Revision 1 carried only the credit code and the name; it is
 * upcast to this form with the establishment date and every other profile part unknown (null). {@code importId}
 * names the import that brought the enterprise in; it is null for enterprises registered by hand. Revision 2 did not
 * have it and reads as this form with it null, no upcaster needed.
 */
@Revision("3")
public record EnterpriseRegistered(String creditCode, LocalDate establishedOn, EnterpriseProfile profile,
                                   String importId) {

    public EnterpriseRegistered(String creditCode, LocalDate establishedOn, EnterpriseProfile profile) {
        this(creditCode, establishedOn, profile, null);
    }
}
