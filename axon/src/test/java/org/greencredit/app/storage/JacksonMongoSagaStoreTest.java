package org.greencredit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.util.Set;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JacksonMongoSagaStoreTest {

    private MongoServer server;
    private MongoClient client;
    private JacksonMongoSagaStore store;

    @BeforeEach
    void setUp() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        store = new JacksonMongoSagaStore(client.getDatabase("test").getCollection("sagas"),
                                          JacksonSerializer.builder().objectMapper(new ObjectMapper()).build());
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void storesFindsUpdatesAndDeletesASaga() {
        AssociationValue cycle = new AssociationValue("cycleId", "2026");
        store.insertSaga(SampleSaga.class, "saga-1", new SampleSaga("opened", 3), Set.of(cycle));

        assertThat(store.findSagas(SampleSaga.class, cycle)).containsExactly("saga-1");
        assertThat(store.findSagas(SampleSaga.class, new AssociationValue("cycleId", "2025"))).isEmpty();
        var loaded = store.loadSaga(SampleSaga.class, "saga-1");
        assertThat(loaded.saga()).isEqualTo(new SampleSaga("opened", 3));
        assertThat(loaded.associationValues()).containsExactly(cycle);

        AssociationValuesImpl associations = new AssociationValuesImpl(Set.of(cycle));
        associations.add(new AssociationValue("creditCode", "91110000600037341L"));
        store.updateSaga(SampleSaga.class, "saga-1", new SampleSaga("closing", 0), associations);

        assertThat(store.loadSaga(SampleSaga.class, "saga-1").saga()).isEqualTo(new SampleSaga("closing", 0));
        assertThat(store.findSagas(SampleSaga.class, new AssociationValue("creditCode", "91110000600037341L")))
                .containsExactly("saga-1");

        store.deleteSaga(SampleSaga.class, "saga-1", associations.asSet());

        assertThat(store.loadSaga(SampleSaga.class, "saga-1")).isNull();
        assertThat(store.findSagas(SampleSaga.class, cycle)).isEmpty();
    }

    record SampleSaga(String state, int pending) {
    }
}
