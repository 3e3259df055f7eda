package org.greencredit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded read-model store answers only clients that authenticated, through the official driver. */
class EmbeddedMongoAuthenticationTest {

    @TempDir
    Path directory;

    private EmbeddedMongoServer server;

    @BeforeEach
    void start() throws Exception {
        server = new EmbeddedMongoServer(directory, 0, null);
        try (MongoClient owner = client(server.connectionString())) {
            owner.getDatabase("green-credit").getCollection("users")
                 .insertOne(new Document("username", "demo-admin").append("role", "ADMIN"));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUnauthenticatedClientCanNeitherReadNorWrite() {
        try (MongoClient stranger = client("mongodb://127.0.0.1:" + server.port())) {
            MongoCollection<Document> users = stranger.getDatabase("green-credit").getCollection("users");
            assertThatThrownBy(() -> users.find().first())
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(13);
                        assertThat(e.getErrorCodeName()).isEqualTo("Unauthorized");
                    });
            assertThatThrownBy(() -> users.insertOne(new Document("username", "intruder").append("role", "ADMIN")))
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(13));
            assertThatThrownBy(() -> users.updateOne(new Document(), new Document("$set", new Document("role", "X"))))
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(13));
            assertThatThrownBy(() -> stranger.listDatabaseNames().first())
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(13));
        }
        assertThat(ownerUsers()).extracting(user -> user.getString("username")).containsExactly("demo-admin");
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (MongoClient guesser = client("mongodb://green-credit:wrong-password@127.0.0.1:" + server.port()
                                          + "/?authSource=admin&authMechanism=SCRAM-SHA-256")) {
            assertThatThrownBy(() -> guesser.getDatabase("green-credit").getCollection("users").find().first())
                    .isInstanceOf(MongoSecurityException.class);
        }
    }

    @Test
    void anotherUserNameIsRefused() {
        String password = server.connectionString().replaceAll(".*green-credit:([^@]*)@.*", "$1");
        try (MongoClient guesser = client("mongodb://admin:" + password + "@127.0.0.1:" + server.port()
                                          + "/?authSource=admin&authMechanism=SCRAM-SHA-256")) {
            assertThatThrownBy(() -> guesser.getDatabase("green-credit").getCollection("users").find().first())
                    .isInstanceOf(MongoSecurityException.class);
        }
    }

    @Test
    void theRightPasswordWorksWithAndWithoutNamingTheMechanism() {
        assertThat(ownerUsers()).hasSize(1);
        String negotiated = server.connectionString().replace("&authMechanism=SCRAM-SHA-256", "");
        try (MongoClient client = client(negotiated)) {
            assertThat(client.getDatabase("green-credit").getCollection("users").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void thePasswordIsKeptForTheOwnerOnlyAndNeverLogged() throws Exception {
        Path file = directory.resolve(EmbeddedMongoServer.PASSWORD_FILE);
        String password = Files.readString(file).strip();
        assertThat(password).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(server.connectionString()).contains(password);
        assertThat(server.redactedConnectionString()).doesNotContain(password)
                .isEqualTo("mongodb://green-credit@127.0.0.1:" + server.port()
                           + "/?authSource=admin&authMechanism=SCRAM-SHA-256");
    }

    @Test
    void aRestartKeepsThePasswordAndAConfiguredOneReplacesIt() throws Exception {
        String first = server.connectionString();
        server.close();
        server = new EmbeddedMongoServer(directory, 0, null);
        assertThat(server.connectionString().replaceAll("@.*", "")).isEqualTo(first.replaceAll("@.*", ""));
        assertThat(ownerUsers()).hasSize(1);

        server.close();
        server = new EmbeddedMongoServer(directory, 0, "configured-Secret-123");
        assertThat(ownerUsers()).hasSize(1);
        try (MongoClient old = client(first.replaceAll(":\\d+/", ":" + server.port() + "/"))) {
            assertThatThrownBy(() -> old.getDatabase("green-credit").getCollection("users").find().first())
                    .isInstanceOf(MongoSecurityException.class);
        }
    }

    private java.util.List<Document> ownerUsers() {
        try (MongoClient owner = client(server.connectionString())) {
            return owner.getDatabase("green-credit").getCollection("users").find().into(new java.util.ArrayList<>());
        }
    }

    private static MongoClient client(String uri) {
        return MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                                                      .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                                                      .build());
    }
}
