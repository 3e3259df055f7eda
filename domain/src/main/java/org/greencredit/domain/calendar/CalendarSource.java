package org.greencredit.domain.calendar;

/** Where command handlers find the working days, as the calendar's events define them now. */
public interface CalendarSource {

    WorkingDays workingDays();
}
