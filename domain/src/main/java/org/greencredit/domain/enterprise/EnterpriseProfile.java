package org.greencredit.domain.enterprise;

import org.greencredit.domain.common.RuleViolation;

/**
 * 企业基本信息: what the bureau records about an enterprise besides its credit code. In events from before the
 * full profile existed (revision 1 of {@code EnterpriseRegistered}) only the name is known; the rest is null.
 */
public record EnterpriseProfile(String name, Industry industry, Subdistrict subdistrict, String address,
                                String permitNumber, ManagementClass managementClass, boolean keyPolluter,
                                Contact contact) {

    public static final int MAX_ADDRESS_LENGTH = 200;

    public EnterpriseProfile {
        name = name == null ? null : name.strip();
        address = address == null ? null : address.strip();
        permitNumber = permitNumber == null ? null : permitNumber.strip();
    }

    /** Refuses a profile with a missing or malformed part, naming the part. */
    public void validate(String creditCode) {
        new EnterpriseName(name);
        if (industry == null) {
            throw new RuleViolation("industry.code.invalid", "");
        }
        industry.validate();
        if (subdistrict == null) {
            throw new RuleViolation("enterprise.subdistrict.required");
        }
        if (address == null || address.isBlank() || address.length() > MAX_ADDRESS_LENGTH) {
            throw new RuleViolation("enterprise.address.required", MAX_ADDRESS_LENGTH);
        }
        if (managementClass == null) {
            throw new RuleViolation("enterprise.managementClass.required");
        }
        PermitNumber.validate(permitNumber, creditCode, managementClass);
        if (contact == null) {
            throw new RuleViolation("contact.name.required");
        }
        contact.validate();
    }
}
