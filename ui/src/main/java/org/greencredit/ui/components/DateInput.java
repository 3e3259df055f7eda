package org.greencredit.ui.components;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways people here write a day: {@code 2025-05-12}, {@code 2025-5-12}, {@code 2025/5/12}, {@code 2025.5.12}
 * and {@code 2025年5月12日}, with full-width digits or blanks as an input method may type them. Anything else, or a
 * day that does not exist (2025-2-30), is not a date.
 */
public final class DateInput {

    /** The same forms as date-fns patterns, so the browser parses them before asking the server. */
    public static final String PRIMARY_FORMAT = "yyyy-MM-dd";
    public static final String[] OTHER_FORMATS = {"yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"};

    private static final Pattern FORMS = Pattern.compile(
            "(\\d{4})\\s*(?:([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?)");

    private DateInput() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher form = FORMS.matcher(halfWidth(text).strip());
        if (!form.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(form.group(1));
        int month = Integer.parseInt(form.group(3) != null ? form.group(3) : form.group(5));
        int day = Integer.parseInt(form.group(4) != null ? form.group(4) : form.group(6));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    /** Full-width digits and separators (０-９, －, ／, ．, the ideographic space) as their ASCII forms. */
    private static String halfWidth(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９' || c == '－' || c == '／' || c == '．') {
                plain.append((char) (c - 0xFEE0));
            } else {
                plain.append(c == '\u3000' ? ' ' : c);
            }
        }
        return plain.toString();
    }
}
