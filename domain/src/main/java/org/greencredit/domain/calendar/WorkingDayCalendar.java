package org.greencredit.domain.calendar;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.greencredit.domain.actor.Role.ADMIN;
import static org.greencredit.domain.actor.Role.SYSTEM;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.calendar.api.EnterYearArrangement;
import org.greencredit.domain.calendar.api.YearArrangementEntered;
import org.greencredit.domain.common.RuleViolation;

/**
 * 工作日历: the official holiday arrangements, year by year, as an administrator entered them (the shipped 2025 and
 * 2026 ones are entered by the system on an empty store). Entering a year again replaces it — the State Council
 * occasionally amends an arrangement — and both versions stay in the history.
 */
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class WorkingDayCalendar {

    /** The one calendar of the district. */
    public static final String ID = "WORKING-DAY-CALENDAR";

    @AggregateIdentifier
    private String calendarId;
    private final Map<Integer, YearArrangement> years = new TreeMap<>();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EnterYearArrangement command, Actor actor) {
        actor.requireRole(ADMIN, SYSTEM);
        if (!ID.equals(command.calendarId())) {
            throw new RuleViolation("calendar.unknown", String.valueOf(command.calendarId()));
        }
        command.arrangement().validate();
        if (command.arrangement().equals(years.get(command.arrangement().year()))) {
            throw new RuleViolation("calendar.year.unchanged", command.arrangement().year());
        }
        apply(new YearArrangementEntered(command.calendarId(), command.arrangement()));
    }

    public WorkingDays workingDays() {
        return new WorkingDays(years);
    }

    @EventSourcingHandler
    void on(YearArrangementEntered event) {
        calendarId = event.calendarId();
        years.put(event.arrangement().year(), event.arrangement());
    }

    /** The working days defined by a calendar's events, folded outside the aggregate (for readers of the store). */
    public static WorkingDays fold(Iterable<YearArrangementEntered> events) {
        Map<Integer, YearArrangement> years = new TreeMap<>();
        events.forEach(event -> years.put(event.arrangement().year(), event.arrangement()));
        return new WorkingDays(years);
    }
}
