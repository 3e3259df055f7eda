package org.greencredit.app.reference;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.messaging.SystemCommands;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.calendar.ShippedArrangements;
import org.greencredit.domain.calendar.WorkingDayCalendar;
import org.greencredit.domain.calendar.YearArrangement;
import org.greencredit.domain.calendar.api.EnterYearArrangement;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemParser;
import org.greencredit.domain.indicator.api.DraftIndicatorVersion;
import org.greencredit.domain.indicator.api.PublishIndicatorVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What every district starts with, entered through the normal command path as the system actor: the shipped
 * indicator system (2026.1), drafted and published on an empty store, and the official public-holiday
 * arrangements shipped with the application (2025, 2026) for each year the working-day calendar does not know
 * yet — an administrator's own entry for a year is never overwritten. Runs beside the start-up, so an unreachable
 * event store delays only this, and retries a few times; when another instance got there first, there is nothing
 * to do.
 */
@Component
public class ShippedReferenceData {

    private static final Logger log = LoggerFactory.getLogger(ShippedReferenceData.class);
    private static final int ATTEMPTS = 5;

    private final SystemCommands commands;
    private final EventStore eventStore;
    private final CalendarSource calendar;
    private final boolean enabled;
    private final long retryDelayMillis;

    public ShippedReferenceData(SystemCommands commands, EventStore eventStore, CalendarSource calendar,
                                GreenCreditProperties properties) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.calendar = calendar;
        this.enabled = properties.referenceData().publishShipped();
        this.retryDelayMillis = properties.referenceData().retryDelayMs();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void publishInTheBackground() {
        if (enabled) {
            CompletableFuture.runAsync(this::publishWithRetries);
        }
    }

    private void publishWithRetries() {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                publishIfAbsent();
                return;
            } catch (RuntimeException e) {
                log.warn("Entering the shipped reference data failed (attempt {} of {}): {}", attempt, ATTEMPTS,
                         e.getMessage());
                sleep();
            }
        }
        log.error("The shipped indicator system or holiday arrangements are not entered; an administrator can "
                          + "enter them.");
    }

    /**
     * Enters whatever of the shipped reference data the store does not hold yet. Synchronized: the background
     * attempt at start and a caller that needs the data now (the demo district, the generator) must not both
     * draft the same version.
     */
    public synchronized void publishIfAbsent() {
        publishIndicatorSystemIfAbsent();
        enterCalendarYearsIfAbsent();
    }

    private void publishIndicatorSystemIfAbsent() {
        if (eventStore.lastSequenceNumberFor(DefaultIndicatorSystem.SYSTEM).isPresent()) {
            return;
        }
        String yaml = DefaultIndicatorSystem.yaml();
        commands.require(new DraftIndicatorVersion(DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION,
                                                   yaml));
        commands.require(new PublishIndicatorVersion(DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION,
                                                     IndicatorSystemParser.proposedEffectiveDate(yaml)));
        log.info("Published the shipped indicator system {} {}", DefaultIndicatorSystem.SYSTEM,
                 DefaultIndicatorSystem.VERSION);
    }

    private void enterCalendarYearsIfAbsent() {
        Set<Integer> known = calendar.workingDays().knownYears();
        for (YearArrangement arrangement : ShippedArrangements.all()) {
            if (!known.contains(arrangement.year())) {
                commands.require(new EnterYearArrangement(WorkingDayCalendar.ID, arrangement));
                log.info("Entered the shipped public-holiday arrangement for {}", arrangement.year());
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(retryDelayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
