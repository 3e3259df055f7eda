package org.greencredit.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greencredit.app.GreenCreditApplication;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application started as a separate process where it cannot start: it must exit non-zero within seconds,
 * telling why in one line that names the property to change, without a stack trace.
 */
class FailedStartTest {

    /**
     * A taken web port is found only when the context has started, about 20 s on an idle 2-core machine and over a
     * minute while other builds run beside it; a process that does not exit at all is still caught.
     */
    private static final Duration WITHIN = Duration.ofSeconds(150);

    @TempDir
    Path dataDir;

    @Test
    void aTakenReadModelPortIsNamedAndTheProcessExits() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Outcome outcome = start("en", "--greencredit.data-dir=" + dataDir, "--server.port=0",
                                    "--greencredit.demo.enabled=false",
                                    "--greencredit.mongo.embedded-port=" + taken.getLocalPort());
            outcome.assertFailedWithOneLine("Cannot start: the read-model store's port " + taken.getLocalPort(),
                                            "--greencredit.mongo.embedded-port=");
        }
    }

    @Test
    void aTakenWebPortIsNamedAndTheProcessExits() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Outcome outcome = start("en", "--greencredit.data-dir=" + dataDir, "--greencredit.mongo.embedded-port=0",
                                    "--greencredit.demo.enabled=false", "--server.port=" + taken.getLocalPort());
            outcome.assertFailedWithOneLine("Cannot start: the web port " + taken.getLocalPort(), "--server.port=");
        }
    }

    @Test
    void creatingTheDemoDistrictFailsInTheUsersLanguage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Outcome outcome = start("zh", "--greencredit.data-dir=" + dataDir, "--server.port=0",
                                    "--greencredit.mongo.embedded-port=" + taken.getLocalPort());
            outcome.assertFailedWithOneLine("无法启动：读模型存储的端口 " + taken.getLocalPort(),
                                            "--greencredit.mongo.embedded-port=");
        }
    }

    @Test
    void aDataDirectoryInUseIsNamed() throws Exception {
        Files.createDirectories(dataDir.resolve("readmodels"));
        MVStore held = new MVStore.Builder().fileName(dataDir.resolve("readmodels/readmodels.mv").toString()).open();
        try {
            Outcome outcome = start("en", "--greencredit.data-dir=" + dataDir, "--server.port=0",
                                    "--greencredit.demo.enabled=false", "--greencredit.mongo.embedded-port=0");
            outcome.assertFailedWithOneLine("Cannot start: the data directory " + dataDir.toAbsolutePath(),
                                            "--greencredit.data-dir=");
        } finally {
            held.close();
        }
    }

    @Test
    void generateFailsTheSameWay() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Outcome outcome = start("en", "generate", "--enterprises", "1", "--years", "1", "--seed", "1",
                                    "--greencredit.data-dir=" + dataDir,
                                    "--greencredit.mongo.embedded-port=" + taken.getLocalPort());
            outcome.assertFailedWithOneLine("Cannot start: the read-model store's port " + taken.getLocalPort(),
                                            "--greencredit.mongo.embedded-port=");
        }
    }

    private record Outcome(Integer exitCode, Duration took, List<String> output) {

        void assertFailedWithOneLine(String start, String property) {
            assertThat(exitCode).as("exit code; output:%n%s", String.join("\n", output)).isNotNull().isNotZero();
            assertThat(took).isLessThan(WITHIN);
            List<String> explanations = output.stream().filter(line -> line.startsWith("green-credit: " + start))
                                              .toList();
            assertThat(explanations).as("output:%n%s", String.join("\n", output)).hasSize(1);
            assertThat(explanations.get(0)).contains(property);
            assertThat(output).as("no stack trace").noneMatch(line -> line.startsWith("\tat "));
        }
    }

    private Outcome start(String language, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Duser.language=" + language, "-Duser.country=" + ("zh".equals(language) ? "CN" : "US"),
                "-cp", System.getProperty("java.class.path"), GreenCreditApplication.class.getName()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("green-credit-failed-start", ".log");
        Instant started = Instant.now();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean exited = process.waitFor(WITHIN.toSeconds(), TimeUnit.SECONDS);
        Duration took = Duration.between(started, Instant.now());
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Outcome(exited ? process.exitValue() : null, took, output);
    }
}
