package org.greencredit.projections.support;

import java.time.LocalDate;

/** Business dates as read models store them: ISO strings, which sort and compare like the dates. */
public final class Dates {

    private Dates() {
    }

    public static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
