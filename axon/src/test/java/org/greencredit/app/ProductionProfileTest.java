package org.greencredit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import com.mongodb.ConnectionString;
import org.greencredit.app.notify.NotificationConfiguration;
import org.greencredit.app.partner.PartnerSecrets;
import org.greencredit.app.security.AccountSeal;
import org.greencredit.app.security.InitialAdministrator;
import org.greencredit.app.storage.ReadStoreConfiguration;
import org.greencredit.app.security.MongoUserAccounts;
import org.greencredit.app.storage.EmbeddedMongoServer;
import org.greencredit.domain.actor.Role;
import org.greencredit.ui.security.UserAccount;
import org.greencredit.ui.security.UserAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.greencredit.app.support.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production configuration, with Axon Server pointed at an address where nothing listens. It must use Axon
 * Server's event store, start nothing embedded, and say in its health that Axon Server is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"axon.axonserver.servers=127.0.0.1:1",
                              "greencredit.security.initial-admin.password=" + ProductionProfileTest.ADMIN_PASSWORD,
                              "greencredit.security.account-key=" + ProductionProfileTest.ACCOUNT_KEY,
                              "greencredit.webhooks.secret-key=" + ProductionProfileTest.WEBHOOK_KEY,
                              "greencredit.partner.secret-key=" + ProductionProfileTest.PARTNER_KEY,
                              // the stand-in MongoDB below speaks neither TLS nor authentication
                              "greencredit.mongo.insecure=true"})
@ActiveProfiles("production")
class ProductionProfileTest {

    static final String ADMIN_PASSWORD = "production-test-Passw0rd";
    static final String ACCOUNT_KEY = "production-test-account-key-0123456789abcdef";
    static final String WEBHOOK_KEY = "production-test-webhook-key-0123456789abcdef";
    static final String PARTNER_KEY = "production-test-partner-key-0123456789abcdef";

    /** Stands in for the external MongoDB; the application only gets its connection string. */
    private static final MongoServer EXTERNAL_MONGO = new MongoServer(H2Backend.inMemory());
    private static final Path EMPTY_DATA_DIR = createTempDir();

    @Autowired
    ApplicationContext context;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void externalMongo(DynamicPropertyRegistry registry) {
        registry.add("greencredit.mongo.uri", EXTERNAL_MONGO::bindAndGetConnectionString);
        registry.add("greencredit.data-dir", EMPTY_DATA_DIR::toString);
    }

    @AfterAll
    static void stopMongo() {
        EXTERNAL_MONGO.shutdownNow();
    }

    @Test
    void theFirstAdministratorHasTheConfiguredPassword() {
        assertThat(context.getBean(UserAccounts.class).find("admin")).get().extracting(UserAccount::role)
                                                                      .isEqualTo(Role.ADMIN);
        assertThat(context.getBean(PasswordEncoder.class).matches(
                ADMIN_PASSWORD, context.getBean(MongoUserAccounts.class).loadUserByUsername("admin").getPassword()))
                .isTrue();
    }

    @Test
    void refusesAWellKnownOrMissingAdministratorPassword() {
        MongoUserAccounts accounts = context.getBean(MongoUserAccounts.class);
        for (String refused : new String[] {"", "admin123", "changeme", "short-pw"}) {
            assertThatThrownBy(() -> new InitialAdministrator(accounts, "admin", refused, true))
                    .as(refused).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void refusesToStartWithoutAnAccountKeyOrWithAShortOne() {
        MockEnvironment missing = new MockEnvironment();
        missing.setActiveProfiles("production");
        assertThatThrownBy(() -> AccountSeal.of(GreenCreditProperties.of(missing), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GREENCREDIT_ACCOUNT_KEY");
        MockEnvironment shortKey = new MockEnvironment().withProperty("greencredit.security.account-key", "too-short");
        shortKey.setActiveProfiles("production");
        assertThatThrownBy(() -> AccountSeal.of(GreenCreditProperties.of(shortKey), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32");
    }

    @Test
    void refusesToStartWithoutAWebhookKeyOrWithAShortOne() {
        MockEnvironment missing = new MockEnvironment();
        missing.setActiveProfiles("production");
        assertThatThrownBy(() -> NotificationConfiguration.secretBox(GreenCreditProperties.of(missing), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GREENCREDIT_WEBHOOK_KEY");
        MockEnvironment shortKey = new MockEnvironment().withProperty("greencredit.webhooks.secret-key", "too-short");
        shortKey.setActiveProfiles("production");
        assertThatThrownBy(() -> NotificationConfiguration.secretBox(GreenCreditProperties.of(shortKey), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32");
    }

    @Test
    void refusesToStartWithoutAPartnerSecretKeyOrWithAShortOne() {
        MockEnvironment missing = new MockEnvironment();
        missing.setActiveProfiles("production");
        assertThatThrownBy(() -> PartnerSecrets.of(GreenCreditProperties.of(missing), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GREENCREDIT_PARTNER_SECRET_KEY");
        MockEnvironment shortKey = new MockEnvironment().withProperty("greencredit.partner.secret-key", "too-short");
        shortKey.setActiveProfiles("production");
        assertThatThrownBy(() -> PartnerSecrets.of(GreenCreditProperties.of(shortKey), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32");
    }

    @Test
    void refusesAMongoConnectionWithoutCredentialsOrTls() {
        for (String refused : new String[] {"mongodb://mongo-1/?replicaSet=rs0",
                                            "mongodb://user:secret@mongo-1/?replicaSet=rs0",
                                            "mongodb://mongo-1/?replicaSet=rs0&tls=true"}) {
            assertThatThrownBy(() -> ReadStoreConfiguration.requireAuthenticatedAndEncrypted(
                    new ConnectionString(refused))).as(refused).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("tls=true");
        }
        ReadStoreConfiguration.requireAuthenticatedAndEncrypted(
                new ConnectionString("mongodb://user:secret@mongo-1/?replicaSet=rs0&tls=true"));
    }

    @Test
    void theEventStoreIsAxonServers() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
    }

    @Test
    void nothingEmbeddedIsStarted() throws Exception {
        assertThat(context.getBeansOfType(EmbeddedMongoServer.class)).isEmpty();
        assertThat(context.getBeansOfType(DataSource.class)).isEmpty();
        try (var files = Files.list(EMPTY_DATA_DIR)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthReportsTheAxonServerConnectionDown() {
        // Which stores are up is for an administrator; everyone else sees the overall status only.
        TestRestTemplate admin = http.withBasicAuth("admin", ADMIN_PASSWORD);
        RunningApplication.await(() -> {
            Map<String, Object> health = admin.getForObject("/actuator/health", Map.class);
            Map<String, Object> axonServer = (Map<String, Object>) ((Map<String, Object>) health.get("components"))
                    .get("axonServer");
            return axonServer != null && "DOWN".equals(axonServer.get("status")) && "DOWN".equals(health.get("status"));
        }, Duration.ofSeconds(30), "health to report Axon Server down");
        Map<String, Object> health = admin.getForObject("/actuator/health", Map.class);
        Map<String, Object> components = (Map<String, Object>) health.get("components");
        assertThat(((Map<String, Object>) components.get("mongo")).get("status")).isEqualTo("UP");
        assertThat(http.getForObject("/actuator/health", Map.class)).containsOnlyKeys("status");
    }

    private static Path createTempDir() {
        try {
            Path dir = Files.createTempDirectory("green-credit-production-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
