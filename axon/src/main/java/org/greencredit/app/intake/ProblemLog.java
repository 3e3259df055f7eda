package org.greencredit.app.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.greencredit.domain.intake.RowResult;

/**
 * The refused and conflicting rows of an import, one JSON line each, written as the import goes and read back for
 * the report — so neither holds every problem of a large file in memory.
 */
final class ProblemLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;

    ProblemLog(Path file) {
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void add(RowResult result) {
        try {
            out.write(JSON.writeValueAsString(result));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void read(Path file, Consumer<RowResult> results) {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                results.accept(JSON.readValue(line, RowResult.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
