package org.greencredit.ui.components;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import java.util.Arrays;
import java.util.List;

/**
 * A date picker whose calendar speaks the user's language (month and weekday names from the bundles) and that
 * takes a day written in any of the {@link DateInput} forms — {@code 2025/5/12}, {@code 2025年5月12日} — showing it
 * back as {@code 2025-05-12}; anything else is refused with a message saying which forms it takes.
 */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker(String label) {
        super(label);
        setLocale(getLocale());
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(list("datePicker.months"));
        i18n.setWeekdays(list("datePicker.weekdays"));
        i18n.setWeekdaysShort(list("datePicker.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("datePicker.today"));
        i18n.setCancel(getTranslation("datePicker.cancel"));
        i18n.setDateFormats(DateInput.PRIMARY_FORMAT, DateInput.OTHER_FORMATS);
        setI18n(i18n);
        setFallbackParser(text -> DateInput.parse(text).map(Result::ok)
                                           .orElseGet(() -> Result.error(getTranslation("datePicker.unparsable", text))));
    }

    private List<String> list(String key) {
        return Arrays.asList(getTranslation(key).split(","));
    }
}
