package org.greencredit.domain.calendar.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.calendar.YearArrangement;

/** 录入年度节假日安排: enters (or replaces) one year's official holiday arrangement. */
public record EnterYearArrangement(@TargetAggregateIdentifier String calendarId, YearArrangement arrangement) {
}
