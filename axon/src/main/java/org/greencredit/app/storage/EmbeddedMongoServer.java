package org.greencredit.app.storage;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.BindException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greencredit.app.secrets.LocalSecret;
import org.greencredit.app.startup.ReadModelPortInUseException;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB wire protocol served in-process (mongo-java-server, H2 MVStore file backend), bound to 127.0.0.1
 * only, and answering nobody who has not authenticated with SCRAM-SHA-256 ({@link AuthenticatingBackend}). The
 * application reaches it through the official driver with a normal connection string, exactly as it reaches a real
 * MongoDB in production. The password is the configured one or, when none is, one generated for the data directory
 * and kept in {@value #PASSWORD_FILE} beside the store (readable by its owner only).
 */
public class EmbeddedMongoServer implements AutoCloseable {

    public static final String USERNAME = "green-credit";
    static final String PASSWORD_FILE = "store-password";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final int GENERATED_PASSWORD_LENGTH = 32;

    private final MongoServer server;
    private final String connectionString;
    private final String redactedConnectionString;

    /**
     * @param configuredPassword the password to require, or blank for the one kept in the store's directory
     */
    public EmbeddedMongoServer(Path directory, int port, String configuredPassword) throws IOException {
        Files.createDirectories(directory);
        Path file = file(directory);
        String where;
        String password;
        if (configuredPassword == null || configuredPassword.isBlank()) {
            LocalSecret secret = LocalSecret.readOrCreate(directory.toAbsolutePath().normalize().resolve(PASSWORD_FILE),
                                                          GENERATED_PASSWORD_LENGTH);
            password = secret.value();
            where = "password in " + secret.file();
        } else {
            password = configuredPassword;
            where = "password from greencredit.mongo.embedded-password";
        }
        ScramSha256Credential credential = ScramSha256Credential.of(USERNAME, password);
        MVStore store = open(file);
        this.server = new MongoServer(new AuthenticatingBackend(new ReadModelH2Backend(store), credential));
        try {
            server.bind(LOOPBACK, port);
        } catch (Exception e) { // Netty throws the checked BindException undeclared
            server.shutdownNow();
            if (hasCause(e, BindException.class)) {
                throw new ReadModelPortInUseException(port, e);
            }
            throw e;
        }
        String address = LOOPBACK + ":" + server.getLocalAddress().getPort();
        String options = "/?authSource=" + AuthenticatingBackend.AUTH_DATABASE
                         + "&authMechanism=" + AuthenticatingBackend.MECHANISM;
        this.connectionString = "mongodb://" + USERNAME + ":" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                                + "@" + address + options;
        this.redactedConnectionString = "mongodb://" + USERNAME + "@" + address + options;
        log.info("Read-model store: embedded MongoDB-compatible server, file {}, connection string {} (user {}, {})",
                 file, redactedConnectionString, USERNAME, where);
    }

    /**
     * The store, compressed, without MVStore's background compaction. That compaction (by default whenever less than
     * 90 % of the file is live data) rewrites the live pages of sparse chunks while the application writes; at
     * 30,000 enterprises it failed a whole-collection read with {@code MVStoreException: Chunk … not found} — a
     * cursor on the version the read started from still needed a chunk the compaction had freed (H2's own test of
     * this race fails on 2.3 and 2.4: h2database pull request 4382) — and its rewrites were a tenth of the CPU of a
     * publication phase. Chunks whose pages are all replaced are still freed and their space reused; the offline
     * {@code compact} command gives back the rest.
     */
    static MVStore open(Path file) {
        return new MVStore.Builder().fileName(file.toString()).compress().autoCompactFillRate(0).open();
    }

    /** The MVStore file the store keeps in {@code directory}. */
    public static Path file(Path directory) {
        return directory.toAbsolutePath().normalize().resolve("readmodels.mv");
    }

    /** The connection string with the password, for this application's own client only. */
    public String connectionString() {
        return connectionString;
    }

    /** The connection string without the password, as logged. */
    public String redactedConnectionString() {
        return redactedConnectionString;
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
