package org.greencredit.app.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.calendar.WorkingDayCalendar;
import org.greencredit.domain.calendar.api.YearArrangementEntered;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.indicator.api.IndicatorVersionDrafted;
import org.greencredit.domain.indicator.api.IndicatorVersionPublished;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedReferenceDataTest {

    @TempDir
    Path dataDir;

    @Test
    void theShippedVersionAndHolidaysAreEnteredOnceOnAnEmptyStore() {
        try (RunningApplication first = RunningApplication.start(dataDir)) {
            RunningApplication.await(() -> stream(first, DefaultIndicatorSystem.SYSTEM).size() == 2
                                             && stream(first, WorkingDayCalendar.ID).size() == 2,
                                     Duration.ofSeconds(30), "the reference data to be entered");
            List<DomainEventMessage<?>> catalog = stream(first, DefaultIndicatorSystem.SYSTEM);

            assertThat(catalog).extracting(event -> event.getPayloadType().getSimpleName())
                               .containsExactly(IndicatorVersionDrafted.class.getSimpleName(),
                                                IndicatorVersionPublished.class.getSimpleName());
            IndicatorVersionPublished published = (IndicatorVersionPublished) catalog.get(1).getPayload();
            assertThat(published.version()).isEqualTo("2026.1");
            assertThat(published.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(published.versionHash())
                    .isEqualTo(IndicatorSystemJson.sha256(DefaultIndicatorSystem.definition()));
            assertThat(catalog.get(1).getMetaData()).containsEntry(Actor.ROLE, "SYSTEM");
            assertThat(stream(first, WorkingDayCalendar.ID))
                    .extracting(event -> ((YearArrangementEntered) event.getPayload()).arrangement().year())
                    .containsExactly(2025, 2026);

            assertThat(first.bean(IndicatorVersions.class).published(DefaultIndicatorSystem.SYSTEM, "2026.1"))
                    .get().extracting(engine -> engine.versionHash()).isEqualTo(published.versionHash());
            assertThat(first.bean(IndicatorVersions.class).published(DefaultIndicatorSystem.SYSTEM, "2025.1"))
                    .isEmpty();
            // 2026-10-01..07 国庆节 off, Saturday 10 October worked
            assertThat(first.bean(CalendarSource.class).workingDays().after(LocalDate.of(2026, 9, 30), 2))
                    .isEqualTo(LocalDate.of(2026, 10, 9));
        }
        try (RunningApplication second = RunningApplication.start(dataDir)) {
            second.bean(ShippedReferenceData.class).publishIfAbsent();

            assertThat(stream(second, DefaultIndicatorSystem.SYSTEM)).hasSize(2);
            assertThat(stream(second, WorkingDayCalendar.ID)).hasSize(2);
        }
    }

    private static List<DomainEventMessage<?>> stream(RunningApplication app, String aggregateId) {
        return app.bean(EventStore.class).readEvents(aggregateId).asStream()
                  .<DomainEventMessage<?>>map(event -> event).toList();
    }
}
