package org.greencredit.app.storage;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB wire protocol served in-process (mongo-java-server, H2 MVStore file backend), bound to 127.0.0.1
 * only. The application reaches it through the official driver with a normal connection string, exactly as it
 * reaches a real MongoDB in production.
 */
public class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final MongoServer server;
    private final String connectionString;

    public EmbeddedMongoServer(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.toAbsolutePath().normalize().resolve("readmodels.mv");
        MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
        this.server = new MongoServer(new H2Backend(store));
        server.bind(LOOPBACK, port);
        this.connectionString = "mongodb://" + LOOPBACK + ":" + server.getLocalAddress().getPort();
        log.info("Read-model store: embedded MongoDB-compatible server, file {}, connection string {}",
                 file, connectionString);
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
