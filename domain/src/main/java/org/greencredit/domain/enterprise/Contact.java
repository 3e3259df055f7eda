package org.greencredit.domain.enterprise;

import java.util.regex.Pattern;
import org.greencredit.domain.common.RuleViolation;

/** 环保联系人: the enterprise's environmental contact person and a mainland mobile or landline number. */
public record Contact(String name, String phone) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    public void validate() {
        if (name == null || name.isBlank() || name.length() > 50) {
            throw new RuleViolation("contact.name.required");
        }
        if (phone == null || !(MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches())) {
            throw new RuleViolation("contact.phone.invalid", String.valueOf(phone));
        }
    }
}
