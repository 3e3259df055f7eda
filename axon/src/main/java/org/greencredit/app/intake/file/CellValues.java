package org.greencredit.app.intake.file;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greencredit.domain.common.RuleViolation;

/**
 * How the text of an import cell becomes a value: dates in the ways Chinese offices write them, credit codes typed
 * with full-width characters or spaces, yes/no flags. Pure functions; a value that cannot be read is refused with
 * a {@link RuleViolation} naming the text.
 */
public final class CellValues {

    public static final String DATE_REFUSED = "import.value.date";
    public static final String FLAG_REFUSED = "import.value.flag";

    /** 2025-03-01, 2025/3/1, 2025.3.1 and 2025年3月1日 (after folding full-width digits). */
    private static final Pattern WRITTEN_DATE =
            Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?)");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(?:\\.0+)?");
    /** Excel's day 0 of the 1900 date system, counted so that serial 61 is 1 March 1900. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serial 60 is 29 February 1900, a day that never was (Lotus 1-2-3's leap-year bug, kept by Excel). */
    private static final int PHANTOM_LEAP_DAY = 60;
    /** 9999-12-31, the last day Excel can show. */
    private static final int LAST_SERIAL = 2_958_465;
    private static final Set<String> YES = Set.of("是", "Y", "YES", "TRUE", "1");
    private static final Set<String> NO = Set.of("否", "N", "NO", "FALSE", "0");

    private CellValues() {
    }

    /** NFKC folding (full-width letters, digits and spaces to their ordinary forms), then stripped. */
    public static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** A credit code as registers write it: folded, without any blank (spaces, U+3000, NBSP), upper case. */
    public static String creditCode(String text) {
        return compact(text).toUpperCase(Locale.ROOT);
    }

    /** Folded and without any blank, however wide: how headers and codes compare. */
    static String compact(String text) {
        return withoutBlanks(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    /**
     * A date as written (ISO, slashes, dots, 年月日, full-width digits) or as an Excel serial number of the 1900
     * date system, which is what a date cell becomes when its format is lost.
     */
    public static LocalDate date(String text) {
        String folded = text == null ? "" : compact(text);
        try {
            if (SERIAL.matcher(folded).matches()) {
                return fromSerial((int) Double.parseDouble(folded), text);
            }
            Matcher written = WRITTEN_DATE.matcher(folded);
            if (written.matches()) {
                int year = Integer.parseInt(written.group(1));
                int month = Integer.parseInt(written.group(2) != null ? written.group(2) : written.group(4));
                int day = Integer.parseInt(written.group(3) != null ? written.group(3) : written.group(5));
                return LocalDate.of(year, month, day);
            }
        } catch (DateTimeException | NumberFormatException impossible) {
            throw new RuleViolation(DATE_REFUSED, text);
        }
        throw new RuleViolation(DATE_REFUSED, text);
    }

    /** 是/否, Y/N, YES/NO, TRUE/FALSE, 1/0 in any case. */
    public static boolean flag(String text) {
        String folded = text == null ? "" : folded(text).toUpperCase(Locale.ROOT);
        if (YES.contains(folded)) {
            return true;
        }
        if (NO.contains(folded)) {
            return false;
        }
        throw new RuleViolation(FLAG_REFUSED, text);
    }

    private static LocalDate fromSerial(int serial, String text) {
        if (serial < 1 || serial > LAST_SERIAL || serial == PHANTOM_LEAP_DAY) {
            throw new RuleViolation(DATE_REFUSED, text);
        }
        // Before the phantom 29 February 1900 Excel's count is one day behind the calendar.
        return EXCEL_EPOCH.plusDays(serial < PHANTOM_LEAP_DAY ? serial + 1 : serial);
    }

    private static String withoutBlanks(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> !isBlank(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '\uFEFF';
    }
}
