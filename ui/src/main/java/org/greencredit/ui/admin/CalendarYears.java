package org.greencredit.ui.admin;

import java.util.List;
import org.greencredit.domain.calendar.YearArrangement;

/** The year arrangements the working-day calendar holds now, by year, as the administrators entered them. */
public interface CalendarYears {

    List<YearArrangement> years();
}
