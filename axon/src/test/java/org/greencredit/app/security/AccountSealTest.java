package org.greencredit.app.security;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.bson.Document;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.ui.security.NewUserAccount;
import org.greencredit.ui.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts changed in the store behind the application's back can neither sign in nor be changed. */
class AccountSealTest {

    private static final Actor ADMIN = new Actor("admin", Role.ADMIN, "信息中心", null);
    private static final String KEY = "account-seal-test-key-0123456789abcdef";

    @TempDir
    Path dataDir;

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private MongoCollection<Document> users;

    @BeforeEach
    void start() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("green-credit");
        users = database.getCollection("users");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private MongoUserAccounts accounts(AccountSeal seal) {
        return new MongoUserAccounts(database, encoder, Clock.systemUTC(), seal);
    }

    private MongoUserAccounts withKey() {
        return accounts(new AccountSeal(KEY, false));
    }

    private void createOfficer(MongoUserAccounts accounts) {
        accounts.create(new NewUserAccount("officer", "执法人员", Role.OFFICER, "执法大队", null, "officer-password"),
                        ADMIN);
    }

    @Test
    void anAccountCreatedOrChangedThroughTheApplicationSignsIn() {
        MongoUserAccounts accounts = withKey();
        createOfficer(accounts);
        assertThat(encoder.matches("officer-password", accounts.loadUserByUsername("officer").getPassword())).isTrue();

        accounts.changePassword("officer", "a-new-password", ADMIN);
        assertThat(encoder.matches("a-new-password", accounts.loadUserByUsername("officer").getPassword())).isTrue();
        accounts.setEnabled("officer", false, ADMIN);
        assertThat(accounts.loadUserByUsername("officer").isEnabled()).isFalse();
    }

    @Test
    void aRoleChangedInTheStoreCannotSignInNorBeChanged() {
        MongoUserAccounts accounts = withKey();
        createOfficer(accounts);
        users.updateOne(eq("username", "officer"), Updates.set("role", "ADMIN"));

        assertThatThrownBy(() -> accounts.loadUserByUsername("officer")).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> accounts.changePassword("officer", "laundered-password", ADMIN))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("user.tampered"));
        assertThat(accounts.anyAdministrator()).isFalse();
    }

    @Test
    void aPasswordHashReplacedInTheStoreCannotSignIn() {
        MongoUserAccounts accounts = withKey();
        createOfficer(accounts);
        users.updateOne(eq("username", "officer"), Updates.set("passwordHash", encoder.encode("attacker-password")));
        assertThatThrownBy(() -> accounts.loadUserByUsername("officer")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void anAccountInsertedOrResealedWithoutTheKeyCannotSignIn() {
        MongoUserAccounts accounts = withKey();
        createOfficer(accounts);
        users.insertOne(new Document("username", "intruder").append("displayName", "x").append("role", "ADMIN")
                                .append("enabled", true).append("passwordHash", encoder.encode("intruder-password"))
                                .append("createdAt", new java.util.Date()).append("createdBy", "x"));
        new MongoUserAccounts(database, encoder, Clock.systemUTC(), new AccountSeal("another-key-0123456789abcdefghijk", false))
                .create(new NewUserAccount("forged", "x", Role.ADMIN, null, null, "forged-password"), ADMIN);

        accounts.adoptUnsealed();
        assertThatThrownBy(() -> accounts.loadUserByUsername("intruder")).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> accounts.loadUserByUsername("forged")).isInstanceOf(UsernameNotFoundException.class);
        assertThat(accounts.anyAdministrator()).isFalse();
    }

    @Test
    void accountsStoredBeforeSealsAreSealedOnceWhenTheDataDirectorysKeyIsNew() throws Exception {
        users.insertOne(new Document("username", "legacy").append("displayName", "旧账户").append("role", "OFFICER")
                                .append("department", "执法大队").append("creditCode", null).append("enabled", true)
                                .append("passwordHash", encoder.encode("legacy-password"))
                                .append("createdAt", new java.util.Date()).append("createdBy", "system"));
        MockEnvironment environment = new MockEnvironment().withProperty("greencredit.data-dir", dataDir.toString());

        MongoUserAccounts firstStart = accounts(AccountSeal.of(GreenCreditProperties.of(environment), false));
        firstStart.adoptUnsealed();
        assertThat(firstStart.loadUserByUsername("legacy").getUsername()).isEqualTo("legacy");
        Path key = dataDir.resolve(AccountSeal.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");

        users.updateOne(eq("username", "legacy"), Updates.combine(Updates.unset(AccountSeal.FIELD),
                                                                   Updates.set("role", "ADMIN")));
        MongoUserAccounts secondStart = accounts(AccountSeal.of(GreenCreditProperties.of(environment), false));
        secondStart.adoptUnsealed();
        assertThatThrownBy(() -> secondStart.loadUserByUsername("legacy"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    /**
     * A seal written by the release before source systems: its document has no {@code source} field and its seal was
     * computed over the six fields of that release (the key and seal below are stored form, not recomputed here).
     */
    @Test
    void anAccountSealedBeforeSourceSystemsStillVerifies() {
        Document legacy = new Document("username", "legacy-officer")
                .append("displayName", "旧执法人员").append("role", "OFFICER").append("department", "区生态环境局执法大队")
                .append("creditCode", null).append("enabled", true)
                .append("passwordHash", "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z6fC6M7Yl0G6eV8H6bXo6o2y")
                .append("createdAt", new java.util.Date()).append("createdBy", "system")
                .append(AccountSeal.FIELD, "v1:IWbVtpCPgrBV6E18V1ZpE4kctD/F8wOcd/D0FUOUi6Q=");

        assertThat(new AccountSeal(KEY, false).verifies(legacy)).isTrue();
        assertThat(new AccountSeal(KEY, false).verifies(new Document(legacy).append("source", "MONITORING")))
                .as("a source added in the store").isFalse();
    }

    @Test
    void aSourceSystemSignsInAsItsSourceAndItsSourceIsSealed() {
        MongoUserAccounts accounts = withKey();
        accounts.create(new NewUserAccount("monitoring", "在线监测系统", Role.SOURCE_SYSTEM, "监测站", null,
                                           FactSource.MONITORING, "monitoring-password"), ADMIN);

        SignedInUser signedIn = (SignedInUser) accounts.loadUserByUsername("monitoring");
        assertThat(signedIn.actor()).isEqualTo(new Actor("monitoring", Role.SOURCE_SYSTEM, "监测站", null,
                                                         FactSource.MONITORING));

        users.updateOne(eq("username", "monitoring"), Updates.set("source", "ENFORCEMENT"));
        assertThatThrownBy(() -> accounts.loadUserByUsername("monitoring"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void aSourceSystemMustNameASourceThatIsNotSelfDeclaration() {
        MongoUserAccounts accounts = withKey();

        assertThatThrownBy(() -> accounts.create(new NewUserAccount("no-source", "某系统", Role.SOURCE_SYSTEM, null, null,
                                                                    "a-long-password"), ADMIN))
                .isInstanceOfSatisfying(RuleViolation.class,
                                        e -> assertThat(e.messageKey()).isEqualTo("user.source.missing"));
        assertThatThrownBy(() -> accounts.create(new NewUserAccount("declaring", "某系统", Role.SOURCE_SYSTEM, null, null,
                                                                    FactSource.SELF_DECLARATION, "a-long-password"),
                                                 ADMIN))
                .isInstanceOfSatisfying(RuleViolation.class,
                                        e -> assertThat(e.messageKey()).isEqualTo("user.source.notAssignable"));
        assertThat(users.countDocuments()).isZero();

        accounts.create(new NewUserAccount("officer-with-source", "执法人员", Role.OFFICER, "执法大队", null,
                                           FactSource.MONITORING, "a-long-password"), ADMIN);
        assertThat(accounts.find("officer-with-source").orElseThrow().source()).as("only a source system has one")
                                                                                .isNull();
        assertThat(users.find(eq("username", "officer-with-source")).first()).doesNotContainKey("source");
    }
}
