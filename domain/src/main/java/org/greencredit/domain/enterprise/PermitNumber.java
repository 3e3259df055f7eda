package org.greencredit.domain.enterprise;

import java.util.regex.Pattern;
import org.greencredit.domain.common.RuleViolation;

/**
 * 排污许可证编号: the holder's 18-character credit code, a 3-digit sequence, and P (permit) or W (registration).
 */
public final class PermitNumber {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{18}\\d{3}[PW]");

    private PermitNumber() {
    }

    /** Refuses a number that is malformed, belongs to another enterprise, or does not fit the management class. */
    public static void validate(String permitNumber, String holderCreditCode, ManagementClass managementClass) {
        if (permitNumber == null || !SHAPE.matcher(permitNumber).matches()
                || !CreditCode.isValid(permitNumber.substring(0, 18))) {
            throw new RuleViolation("permitNumber.invalid", String.valueOf(permitNumber));
        }
        if (!permitNumber.startsWith(holderCreditCode)) {
            throw new RuleViolation("permitNumber.otherHolder", permitNumber, holderCreditCode);
        }
        if (managementClass != null && permitNumber.charAt(21) != managementClass.permitKind()) {
            throw new RuleViolation("permitNumber.wrongKind", permitNumber, managementClass);
        }
    }
}
