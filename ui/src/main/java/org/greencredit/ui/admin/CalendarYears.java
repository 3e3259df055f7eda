package org.greencredit.ui.admin;

import java.util.List;
import org.greencredit.domain.calendar.YearArrangement;

/**
 * The working-day calendar as the administration view sees it: the year arrangements it holds now, by year, as
 * the administrators entered them, and the identifier its commands are addressed to (the view never touches the
 * calendar aggregate itself).
 */
public interface CalendarYears {

    List<YearArrangement> years();

    String calendarId();
}
