package org.greencredit.ui.components;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/** A date picker whose calendar speaks the user's language (month and weekday names from the bundles). */
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
        i18n.setDateFormat("yyyy-MM-dd");
        setI18n(i18n);
    }

    private List<String> list(String key) {
        return Arrays.asList(getTranslation(key).split(","));
    }
}
