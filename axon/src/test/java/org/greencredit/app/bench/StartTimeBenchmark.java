package org.greencredit.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greencredit.app.GreenCreditApplication;
import org.greencredit.app.cli.GenerateCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the web application takes to start on a generated district, and where the time goes. Generates
 * {@code -Dbench.enterprises} enterprises (default 2,000) with two years of facts into
 * {@code target/benchmarks/start-district-N} — kept, and reused by the next run — or starts on
 * {@code -Dbench.dataDir=DIR} (a stopped data directory: the application writes into it). Then starts
 * {@link GreenCreditApplication} {@code -Dbench.starts} times (default 2) in a JVM of its own with a flight
 * recording, until it logs that it has started, and stops it. Reports per start Spring Boot's start time, the log's
 * milestones, and from the recording the share of the start's CPU samples in which each library is on the stack
 * and the hottest methods. Run with {@code mvn -o -B -pl axon -am verify -Pbench -Dtest=StartTimeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}; output in {@code target/benchmarks/start-time.txt}.
 */
@Tag("benchmark")
class StartTimeBenchmark {

    private static final Pattern STARTED = Pattern.compile("Started GreenCreditApplication in ([0-9.]+) seconds");
    private static final Pattern TIMESTAMP = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+Z)");
    /** Log lines that mark a step of the start, in the order they appear. */
    private static final Map<String, String> MILESTONES = new LinkedHashMap<>();
    /** Libraries whose presence on a sampled stack says which part of the start the CPU worked for. */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        MILESTONES.put("Starting GreenCreditApplication", "Spring Boot begins");
        MILESTONES.put("Tomcat initialized", "web server created");
        MILESTONES.put("Event store: HSQLDB", "event store data source");
        MILESTONES.put("Read-model store: embedded", "read-model store open");
        MILESTONES.put("Tomcat started", "web server listening");
        MILESTONES.put("Started GreenCreditApplication", "started");
        LIBRARIES.put("de.bwaldvogel.mongo.", "embedded Mongo server");
        LIBRARIES.put("org.h2.mvstore.", "H2 MVStore");
        LIBRARIES.put("org.hsqldb.", "HSQLDB");
        LIBRARIES.put("com.mongodb.", "Mongo driver");
        LIBRARIES.put("org.axonframework.", "Axon");
        LIBRARIES.put("com.vaadin.", "Vaadin");
        LIBRARIES.put("org.springframework.", "Spring");
        LIBRARIES.put("org.apache.catalina.", "Tomcat");
        LIBRARIES.put("org.hibernate.validator.", "Hibernate Validator");
        LIBRARIES.put("java.lang.ClassLoader.", "class loading");
        LIBRARIES.put("org.greencredit.", "green-credit code");
    }

    @Test
    void measure() throws Exception {
        int enterprises = Integer.getInteger("bench.enterprises", 2_000);
        Path dataDir = System.getProperty("bench.dataDir") != null
                ? Path.of(System.getProperty("bench.dataDir"))
                : Path.of("target", "benchmarks", "start-district-" + enterprises).toAbsolutePath();
        List<String> report = new ArrayList<>();
        if (!Files.isDirectory(dataDir.resolve("events"))) {
            report.add(generate(enterprises, dataDir));
        }
        report.add("data directory " + dataDir + ": events " + megabytes(dataDir.resolve("events"))
                   + ", read models " + megabytes(dataDir.resolve("readmodels")));
        for (int start = 1; start <= Integer.getInteger("bench.starts", 2); start++) {
            report.addAll(start(dataDir, start));
        }
        Path out = Path.of("target", "benchmarks", "start-time.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static String generate(int enterprises, Path dataDir) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Instant began = Instant.now();
        assertThat(new GenerateCommand(quiet, quiet).run(List.of(
                "--enterprises", String.valueOf(enterprises), "--years", "2", "--seed", "42", "--last-fact-year", "2025",
                "--greencredit.data-dir=" + dataDir, "--greencredit.mongo.embedded-port=0"))).isZero();
        return "generated " + enterprises + " enterprises in " + Duration.between(began, Instant.now()).toSeconds() + " s";
    }

    private static List<String> start(Path dataDir, int number) throws Exception {
        Path recording = Path.of("target", "benchmarks", "start-" + number + ".jfr").toAbsolutePath();
        Path log = Path.of("target", "benchmarks", "start-" + number + ".log").toAbsolutePath();
        Files.deleteIfExists(recording);
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true",
                // as the packaged jar runs: the frontend bundle the build made, no development server
                "-Dvaadin.productionMode=true",
                "-cp", classPath(), GreenCreditApplication.class.getName(),
                "--greencredit.data-dir=" + dataDir, "--server.port=" + freePort(),
                "--greencredit.mongo.embedded-port=" + freePort(), "--greencredit.demo.enabled=false");
        Instant launched = Instant.now();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> report = new ArrayList<>();
        Map<String, Instant> reached = new LinkedHashMap<>();
        String reported = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                                                                               StandardCharsets.UTF_8));
             PrintStream copy = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                copy.println(line);
                for (String marker : MILESTONES.keySet()) {
                    Matcher time = TIMESTAMP.matcher(line);
                    if (line.contains(marker) && !reached.containsKey(marker) && time.find()) {
                        reached.put(marker, Instant.parse(time.group(1)));
                    }
                }
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    reported = started.group(1);
                    break;
                }
            }
            Instant startedAt = Instant.now();
            process.destroy();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the application stops").isTrue();
            assertThat(reported).as("the application started; see " + log).isNotNull();
            report.add(String.format(Locale.ROOT, "start %d: Spring Boot reports %s s; %.1f s from launch to the line",
                                     number, reported, Duration.between(launched, startedAt).toMillis() / 1000.0));
            reached.forEach((marker, at) -> report.add(String.format(Locale.ROOT, "  %6.1f s  %s", Duration.between(
                    launched, at).toMillis() / 1000.0, MILESTONES.get(marker))));
            report.addAll(new CpuProfile(LIBRARIES, thread -> thread).between(
                    recording, launched, reached.getOrDefault("Started GreenCreditApplication", startedAt),
                    "during the start", 6, 12));
        }
        return report;
    }

    /** The forked test JVM's class path without the test classes: the application's classes and dependencies. */
    private static String classPath() {
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(testClassPath.split(File.pathSeparator)).filter(entry -> !entry.endsWith("test-classes"))
                     .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String megabytes(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return "none";
        }
        try (Stream<Path> files = Files.walk(directory)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
        }
    }
}
