package org.greencredit.domain.enterprise;

import org.greencredit.domain.common.RuleViolation;

/** 企业名称 as registered: not blank, at most {@value #MAX_LENGTH} characters. */
public record EnterpriseName(String value) {

    public static final int MAX_LENGTH = 200;

    public EnterpriseName {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("enterprise.name.required");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new RuleViolation("enterprise.name.tooLong", MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
