package org.greencredit.app.durability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The packaged application ({@code target/green-credit.jar}) run as a separate operating-system process. */
final class PackagedApplication {

    private static final Path JAR = Path.of("target", "green-credit.jar");

    private static final String ADMIN_PASSWORD = "durability-admin-" + UUID.randomUUID();
    private static final String OFFICER = "durability-officer";
    private static final String OFFICER_PASSWORD = "durability-officer-password";

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedApplication(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PackagedApplication start(Path dataDir, Path log) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        int port = freePort();
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", JAR.toString(),
                "--greencredit.data-dir=" + dataDir,
                "--greencredit.mongo.embedded-port=0",
                "--server.port=" + port,
                "--greencredit.security.initial-admin.password=" + ADMIN_PASSWORD,
                "--greencredit.demo.enabled=false"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        PackagedApplication application = new PackagedApplication(process, port);
        application.awaitHealthy(Duration.ofSeconds(120));
        application.ensureOfficer();
        return application;
    }

    /** Posts as the officer the test provisioned. */
    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, OFFICER, OFFICER_PASSWORD);
    }

    private HttpResponse<String> post(String path, String json, String username, String password)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", basic(username, password))
                                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                                    .header("Authorization", basic(OFFICER, OFFICER_PASSWORD)).GET().build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            killHard();
        }
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().startsWith("{\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not become healthy within " + timeout);
    }

    /** Creates the officer through the administration API unless an earlier start of this data directory did. */
    private void ensureOfficer() throws IOException, InterruptedException {
        HttpResponse<String> created = post("/api/admin/users",
                "{\"username\":\"" + OFFICER + "\",\"displayName\":\"耐久性测试\",\"role\":\"OFFICER\","
                + "\"department\":\"区生态环境局\",\"password\":\"" + OFFICER_PASSWORD + "\"}", "admin", ADMIN_PASSWORD);
        if (created.statusCode() != 201 && !created.body().contains("user.username.taken")) {
            throw new IllegalStateException("could not provision the officer: " + created.statusCode() + " "
                                            + created.body());
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                                                                     .getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
