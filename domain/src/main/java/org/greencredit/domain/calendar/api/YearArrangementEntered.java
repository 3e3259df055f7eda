package org.greencredit.domain.calendar.api;

import org.axonframework.serialization.Revision;
import org.greencredit.domain.calendar.YearArrangement;

/** 年度节假日安排已录入. */
@Revision("1")
public record YearArrangementEntered(String calendarId, YearArrangement arrangement) {
}
