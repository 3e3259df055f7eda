package org.greencredit.app.instance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the application that holds a data directory listens: written into {@value #FILE} of the data directory once
 * the web server is up, removed at a clean shutdown. Tools that need the embedded event store while the application
 * holds it ({@code verify-decisions}) ask the application instead. A file left by a killed process is recognised by
 * its process id no longer being alive.
 */
public record RunningInstance(String url, long pid) {

    public static final String FILE = "running-instance.properties";

    /** The instance recorded in {@code dataDir}, if its process is still alive. */
    public static Optional<RunningInstance> in(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            RunningInstance instance = new RunningInstance(properties.getProperty("url"),
                                                           Long.parseLong(properties.getProperty("pid", "-1")));
            boolean alive = ProcessHandle.of(instance.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive && instance.url() != null ? Optional.of(instance) : Optional.empty();
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    void writeInto(Path dataDir) {
        Properties properties = new Properties();
        properties.setProperty("url", url);
        properties.setProperty("pid", Long.toString(pid));
        try {
            Files.createDirectories(dataDir);
            Path written = Files.createTempFile(dataDir, FILE, ".tmp");
            try (Writer writer = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                properties.store(writer, "green-credit: the application using this data directory listens here");
            }
            Files.move(written, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                       StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void removeFrom(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
