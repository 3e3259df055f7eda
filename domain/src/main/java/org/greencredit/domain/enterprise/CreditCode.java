package org.greencredit.domain.enterprise;

import org.greencredit.domain.common.RuleViolation;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters over a 31-character alphabet, the last one a check character;
 * positions 3–8 are the issuing authority's administrative area code (GB/T 2260), six digits.
 * It identifies an enterprise and is the id of its credit file.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int LENGTH = 18;
    private static final int AREA_START = 2;
    private static final int AREA_END = 8;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (!isValid(value)) {
            throw new RuleViolation("creditCode.invalid", value);
        }
    }

    /** Accepts surrounding blanks and lower case, as people type codes. */
    public static CreditCode parse(String input) {
        return new CreditCode(input == null ? null : input.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = AREA_START; i < AREA_END; i++) {
            if (candidate.charAt(i) < '0' || candidate.charAt(i) > '9') {
                return false;
            }
        }
        return candidate.charAt(LENGTH - 1) == checkCharacter(candidate.substring(0, LENGTH - 1));
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int index = ALPHABET.indexOf(first17.charAt(i));
            if (index < 0) {
                throw new RuleViolation("creditCode.invalid", first17);
            }
            sum += index * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Positions 3–8: the administrative area where the code was issued (行政区划码). */
    public String areaCode() {
        return value.substring(AREA_START, AREA_END);
    }

    @Override
    public String toString() {
        return value;
    }
}
