package org.greencredit.domain.fact;

import org.greencredit.domain.common.RuleViolation;

/**
 * 证据: the document behind a fact — a document number (决定书文号, 报告编号…) and/or a free-text description.
 */
public record Evidence(String documentNo, String description) {

    public static final int MAX_LENGTH = 500;

    public Evidence {
        documentNo = blankToNull(documentNo);
        description = blankToNull(description);
    }

    public static Evidence of(String documentNo) {
        return new Evidence(documentNo, null);
    }

    /** At least one of number or description, each within {@value #MAX_LENGTH} characters. */
    public void validate() {
        if (documentNo == null && description == null) {
            throw new RuleViolation("fact.evidence.required");
        }
        if ((documentNo != null && documentNo.length() > MAX_LENGTH)
                || (description != null && description.length() > MAX_LENGTH)) {
            throw new RuleViolation("fact.evidence.tooLong", MAX_LENGTH);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
