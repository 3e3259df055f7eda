package org.greencredit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code generate} command: a small synthetic district into an empty store, and refusals of bad input. */
class GenerateCommandTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final GenerateCommand command = new GenerateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                                                                new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void generatesADistrictWithItsCycleAndRefusesToWriteIntoAFullStore() {
        List<String> args = List.of("--enterprises", "6", "--years", "1", "--seed", "7", "--last-fact-year", "2025",
                                    "--greencredit.data-dir=" + dataDir, "--greencredit.mongo.embedded-port=0");

        assertThat(command.run(args)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("registered 6 of 6 enterprises", "generated 6 enterprises", "[2026-ANNUAL]",
                          "read models compacted from", "store size")
                .containsPattern("2026-ANNUAL published \\(2026-\\d\\d-\\d\\d\\) in \\d+\\.\\d s");

        assertThat(command.run(args)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds an event store");
    }

    @Test
    void refusesMissingOrMalformedArguments() {
        assertThat(command.run(List.of("--enterprises", "ten", "--years", "1", "--seed", "1"))).isEqualTo(2);
        assertThat(command.run(List.of("--enterprises", "10", "--seed", "1"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: generate --enterprises N");
    }
}
