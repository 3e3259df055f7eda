package org.greencredit.app.calendar;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.calendar.WorkingDayCalendar;
import org.greencredit.domain.calendar.WorkingDays;
import org.greencredit.domain.calendar.api.YearArrangementEntered;

/**
 * The working days as the calendar's events define them now, read from the event store when asked: a year an
 * administrator enters counts for the very next deadline, on every node.
 */
public class EventStoreCalendar implements CalendarSource {

    private final EventStore eventStore;

    public EventStoreCalendar(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public WorkingDays workingDays() {
        return WorkingDayCalendar.fold(() -> WholeStream.of(eventStore, WorkingDayCalendar.ID).asStream()
                                                       .map(DomainEventMessage::getPayload)
                                                       .filter(YearArrangementEntered.class::isInstance)
                                                       .map(YearArrangementEntered.class::cast).iterator());
    }
}
