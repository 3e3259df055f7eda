package org.greencredit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreIntegrityTest {

    @TempDir
    static Path dataDir;

    private static RunningApplication app;

    @BeforeAll
    static void start() {
        app = RunningApplication.start(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aDuplicateAggregateSequenceSurfacesAsAConcurrencyException() {
        EventStore eventStore = app.bean(EventStore.class);
        eventStore.publish(registered("91110000600037341L", 0));
        eventStore.publish(registered("91110000600037341L", 1));

        assertThatThrownBy(() -> eventStore.publish(registered("91110000600037341L", 1)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(eventStore.readEvents("91110000600037341L").asStream().count()).isEqualTo(2);
    }

    @Test
    void aSecondStreamWithTheSameIdentifierIsRefusedAsACreationConflict() {
        EventStore eventStore = app.bean(EventStore.class);
        eventStore.publish(registered("91110112MA0000002X", 0));

        assertThatThrownBy(() -> eventStore.publish(registered("91110112MA0000002X", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(eventStore.readEvents("91110112MA0000002X").asStream().count()).isEqualTo(1);
    }

    @Test
    void theNextSequenceOfTheSameAggregateIsAccepted() {
        EventStore eventStore = app.bean(EventStore.class);
        eventStore.publish(registered("91110112MA0000001X", 0));
        eventStore.publish(registered("91110112MA0000001X", 1));

        assertThat(eventStore.readEvents("91110112MA0000001X").asStream().count()).isEqualTo(2);
    }

    private static GenericDomainEventMessage<EnterpriseRegistered> registered(String code, long sequence) {
        return new GenericDomainEventMessage<>("EnterpriseCreditFile", code, sequence,
                                               TestEnterprises.registered(code));
    }
}
