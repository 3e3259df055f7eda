package org.greencredit.app.calendar;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.calendar.WorkingDayCalendar;
import org.greencredit.domain.calendar.YearArrangement;
import org.greencredit.domain.calendar.api.YearArrangementEntered;
import org.greencredit.ui.admin.CalendarYears;
import org.springframework.stereotype.Component;

/**
 * The year arrangements in force, read from the calendar's events as {@link EventStoreCalendar} reads the working
 * days (a later entry of a year replaces the earlier one); the working days only answer which days work, the
 * administration view shows the arrangements themselves.
 */
@Component
public class EventStoreCalendarYears implements CalendarYears {

    private final EventStore eventStore;

    public EventStoreCalendarYears(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<YearArrangement> years() {
        Map<Integer, YearArrangement> years = new TreeMap<>();
        WholeStream.of(eventStore, WorkingDayCalendar.ID).asStream().map(DomainEventMessage::getPayload)
                  .filter(YearArrangementEntered.class::isInstance).map(YearArrangementEntered.class::cast)
                  .forEach(entered -> years.put(entered.arrangement().year(), entered.arrangement()));
        return List.copyOf(years.values());
    }

    @Override
    public String calendarId() {
        return WorkingDayCalendar.ID;
    }
}
