package org.greencredit.app.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.indicator.api.IndicatorVersionDrafted;
import org.greencredit.domain.indicator.api.IndicatorVersionPublished;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedIndicatorSystemTest {

    @TempDir
    Path dataDir;

    @Test
    void theShippedVersionIsPublishedOnceOnAnEmptyStore() {
        try (RunningApplication first = RunningApplication.start(dataDir)) {
            List<DomainEventMessage<?>> events = awaitCatalog(first);

            assertThat(events).extracting(event -> event.getPayloadType().getSimpleName())
                              .containsExactly(IndicatorVersionDrafted.class.getSimpleName(),
                                               IndicatorVersionPublished.class.getSimpleName());
            IndicatorVersionPublished published = (IndicatorVersionPublished) events.get(1).getPayload();
            assertThat(published.version()).isEqualTo("2026.1");
            assertThat(published.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(published.versionHash()).isEqualTo(IndicatorSystemJson.sha256(DefaultIndicatorSystem.definition()));
            assertThat(events.get(1).getMetaData()).containsEntry(Actor.ROLE, "SYSTEM");
        }
        try (RunningApplication second = RunningApplication.start(dataDir)) {
            second.bean(ShippedIndicatorSystemPublisher.class).publishIfAbsent();

            assertThat(catalog(second)).hasSize(2);
        }
    }

    private static List<DomainEventMessage<?>> awaitCatalog(RunningApplication app) {
        RunningApplication.await(() -> catalog(app).size() == 2, Duration.ofSeconds(30), "the catalog to be published");
        return catalog(app);
    }

    private static List<DomainEventMessage<?>> catalog(RunningApplication app) {
        return app.bean(EventStore.class).readEvents(DefaultIndicatorSystem.SYSTEM).asStream()
                  .<DomainEventMessage<?>>map(event -> event).toList();
    }
}
