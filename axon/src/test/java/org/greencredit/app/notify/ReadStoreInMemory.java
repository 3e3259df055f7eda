package org.greencredit.app.notify;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.LocalDate;
import org.greencredit.domain.common.SimulatedClock;

/** A read-model store in memory, reached through the real driver, and a clock the test moves. */
public final class ReadStoreInMemory implements AutoCloseable {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client;
    public final SimulatedClock clock = new SimulatedClock(LocalDate.of(2026, 6, 1));

    public ReadStoreInMemory() {
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    public MongoDatabase database() {
        return client.getDatabase("green-credit");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
