package org.greencredit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greencredit.app.audit.DecisionVerifier;
import org.greencredit.app.audit.VerificationReport;
import org.greencredit.app.instance.RunningInstance;
import org.greencredit.app.security.MongoUserAccounts;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.ui.security.NewUserAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify-decisions} on a small generated district: through the running application while it holds the
 * embedded store, and in process — without any read-model store — once it has stopped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifyDecisionsCommandTest {

    private static final String AUDITOR = "test-auditor";
    private static final String AUDITOR_PASSWORD = "auditor-password-1";
    private static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);

    @TempDir
    static Path dataDir;

    private static RunningApplication app;
    private static VerificationReport expected;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream printer = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void generateAndStart() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(new GenerateCommand(quiet, quiet).run(List.of(
                "--enterprises", "6", "--years", "1", "--seed", "7", "--last-fact-year", "2025",
                "--greencredit.data-dir=" + dataDir, "--greencredit.mongo.embedded-port=0"))).isZero();
        app = RunningApplication.start(dataDir, "greencredit.demo.enabled=false");
        app.bean(MongoUserAccounts.class).create(new NewUserAccount(AUDITOR, "审计人员", Role.AUDITOR, "区审计局", null,
                                                                    AUDITOR_PASSWORD), ADMIN);
        app.bean(MongoUserAccounts.class).create(new NewUserAccount("test-officer", "执法人员", Role.OFFICER, "执法大队",
                                                                    null, AUDITOR_PASSWORD), ADMIN);
        expected = app.bean(DecisionVerifier.class).verifyAll();
        assertThat(expected.decisions()).isPositive();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private int verify(Optional<String> password, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--lang", "en", "--greencredit.data-dir=" + dataDir));
        args.addAll(List.of(arguments));
        return new VerifyDecisionsCommand(printer, printer, () -> password).run(args);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void whileTheApplicationRunsTheCheckIsAskedOfIt() {
        assertThat(RunningInstance.in(dataDir)).isPresent();
        int exit = verify(Optional.of(AUDITOR_PASSWORD), "--user", AUDITOR);
        assertThat(exit).as(output()).isZero();
        assertThat(output()).contains("verifying through it")
                            .contains("Checked " + expected.decisions() + " grade decisions in "
                                      + expected.creditFiles() + " credit files: " + expected.matched()
                                      + " matched, 0 did not");
    }

    @Test
    @Order(2)
    void theRunningApplicationRefusesAWrongPasswordOrAnotherRole() {
        assertThat(verify(Optional.of("not-the-password"), "--user", AUDITOR)).isEqualTo(2);
        assertThat(verify(Optional.of(AUDITOR_PASSWORD), "--user", "test-officer")).isEqualTo(2);
        assertThat(output()).contains("The running application refused the verification (HTTP 401)")
                            .contains("The running application refused the verification (HTTP");
    }

    @Test
    @Order(3)
    void withoutAUserOrPasswordItSaysWhatIsNeeded() {
        assertThat(verify(Optional.of(AUDITOR_PASSWORD))).isEqualTo(2);
        assertThat(verify(Optional.empty(), "--user", AUDITOR)).isEqualTo(2);
        assertThat(output()).contains("verify through it with --user")
                            .contains("The password of user " + AUDITOR + " is needed");
    }

    @Test
    @Order(4)
    void onceStoppedItReadsTheEventStoreAloneAndNeedsNoReadModelPort() throws Exception {
        app.close();
        app = null;
        assertThat(Files.exists(dataDir.resolve(RunningInstance.FILE))).isFalse();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int exit = verify(Optional.empty(), "--greencredit.mongo.embedded-port=" + taken.getLocalPort());
            assertThat(exit).as(output()).isZero();
        }
        assertThat(output()).doesNotContain("verifying through it")
                            .contains("Checked " + expected.decisions() + " grade decisions");
    }
}
