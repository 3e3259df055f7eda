package org.greencredit.projections;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MongoDB wire-protocol server in memory, reached through the official driver exactly as a real server would be.
 * Each test gets an empty database.
 */
public class InMemoryMongo implements BeforeEachCallback, AfterEachCallback {

    private MongoServer server;
    private MongoClient client;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
        server.shutdownNow();
    }

    public MongoDatabase database() {
        return client.getDatabase("green-credit-test");
    }

    /** Another empty database on the same server. */
    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }
}
