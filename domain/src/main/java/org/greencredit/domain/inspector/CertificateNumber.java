package org.greencredit.domain.inspector;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.greencredit.domain.common.RuleViolation;

/**
 * 执法证号: the number of an officer's law-enforcement certificate. Accepted as people type it — full-width
 * characters folded to half-width, surrounding blanks dropped, letters in upper case — and kept in that canonical
 * form, which must be 6–32 characters of letters A–Z, digits and hyphens, beginning and ending with a letter or
 * digit. Certificates issued in the district are numbered this way (digits, sometimes a letter prefix and hyphens);
 * the canonical form is also the key under which the number is claimed, so 「ＺＦ-０１２３４５」 and 「zf-012345」
 * are one number.
 */
public final class CertificateNumber {

    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 32;
    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{4,30}[A-Z0-9]");

    private CertificateNumber() {
    }

    /** The canonical form of {@code input}; refused as {@code inspector.certificateNumber.invalid} if it has none. */
    public static String canonical(String input) {
        String folded = input == null ? ""
                : Normalizer.normalize(input, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(folded).matches()) {
            throw new RuleViolation("inspector.certificateNumber.invalid", input == null ? "" : input.strip(),
                                    MIN_LENGTH, MAX_LENGTH);
        }
        return folded;
    }

    /** The id of the claim aggregate holding a canonical number; it cannot collide with a credit code. */
    public static String claimId(String canonicalNumber) {
        return "certificate-no:" + canonicalNumber;
    }
}
