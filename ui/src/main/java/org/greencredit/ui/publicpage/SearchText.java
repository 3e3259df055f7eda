package org.greencredit.ui.publicpage;

import java.util.Locale;
import java.util.regex.Pattern;
import org.greencredit.domain.enterprise.EnterpriseName;

/**
 * What a visitor typed into the public search, read as literal text: a beginning of a credit code when it consists
 * of credit-code characters only and holds a digit (统一社会信用代码 are mostly digits, names never only so), otherwise
 * a part of a name. Nothing typed is ever a pattern or an operator; the directory query quotes it. Text longer than
 * {@link #MAX_LENGTH} is refused rather than cut, so a visitor never sees results for something they did not type.
 */
public record SearchText(Kind kind, String text) {

    /** The longest name an enterprise may have; longer text cannot be part of one. */
    public static final int MAX_LENGTH = EnterpriseName.MAX_LENGTH;
    private static final Pattern CODE_PREFIX = Pattern.compile("[0-9A-HJ-NPQRTUWXY]*[0-9][0-9A-HJ-NPQRTUWXY]*");

    public enum Kind {
        /** Nothing typed: nothing is listed. */
        EMPTY,
        NAME,
        CREDIT_CODE_PREFIX,
        TOO_LONG,
        /** Holds a control character, which no name or code has (and a NUL no MongoDB pattern may hold): no match. */
        UNMATCHABLE
    }

    public static SearchText of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new SearchText(Kind.EMPTY, "");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return new SearchText(Kind.TOO_LONG, "");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            return new SearchText(Kind.UNMATCHABLE, "");
        }
        String upper = text.toUpperCase(Locale.ROOT);
        return CODE_PREFIX.matcher(upper).matches() ? new SearchText(Kind.CREDIT_CODE_PREFIX, upper)
                                                     : new SearchText(Kind.NAME, text);
    }

    public boolean searches() {
        return kind == Kind.NAME || kind == Kind.CREDIT_CODE_PREFIX;
    }
}
