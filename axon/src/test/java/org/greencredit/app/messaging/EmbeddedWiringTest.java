package org.greencredit.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.greencredit.app.storage.JacksonMongoSagaStore;
import org.greencredit.app.support.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the embedded default is made of. */
class EmbeddedWiringTest {

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
    void eventsAreStoredByTheJdbcEngineInTheDataDirectory() {
        assertThat(app.bean(EventStore.class)).isInstanceOf(EmbeddedEventStore.class);
        assertThat(app.bean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(dataDir.resolve("events/events.script")).exists();
    }

    @Test
    void tokensAndSagasLiveInMongo() {
        assertThat(app.bean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
        assertThat(app.bean(SagaStore.class)).isInstanceOf(JacksonMongoSagaStore.class);
        assertThat(dataDir.resolve("readmodels/readmodels.mv")).exists();
    }

    @Test
    void everySerializerIsJackson() {
        assertThat(app.bean(Serializer.class)).isInstanceOf(JacksonSerializer.class);
        assertThat(app.bean("eventSerializer", Serializer.class)).isInstanceOf(JacksonSerializer.class);
        assertThat(app.bean("messageSerializer", Serializer.class)).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void xstreamIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void axonsUpdateCheckerIsOff() {
        assertThat(app.bean(UsagePropertyProvider.class).getDisabled()).isTrue();
    }
}
