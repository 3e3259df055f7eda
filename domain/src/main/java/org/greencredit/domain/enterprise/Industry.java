package org.greencredit.domain.enterprise;

import java.util.regex.Pattern;
import org.greencredit.domain.common.RuleViolation;

/**
 * 国民经济行业分类 (GB/T 4754-2017): a section letter and 2–4 digits (e.g. {@code C3670} 汽车零部件及配件制造),
 * with its name.
 */
public record Industry(String code, String name) {

    private static final Pattern CODE = Pattern.compile("[A-T]\\d{2,4}");

    public void validate() {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("industry.code.invalid", String.valueOf(code));
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolation("industry.name.required");
        }
    }
}
