package org.greencredit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command lines of {@code java -jar green-credit.jar}: each explains itself and refuses what it does not know. */
class GreenCreditCommandsTest {

    private static final List<String> COMMANDS = List.of("score", "verify-decisions", "verify-draw", "generate",
                                                         "compact");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final GreenCreditCommands commands = GreenCreditCommands.printingTo(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void theTopLevelHelpListsEveryCommand() {
        assertThat(commands.isCommand(new String[] {"--help"})).isTrue();
        assertThat(commands.isCommand(new String[] {"--server.port=9090"})).isFalse();

        assertThat(commands.run("--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar green-credit.jar")
                                                        .contains(COMMANDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "verify-decisions", "verify-draw", "generate", "compact"})
    void eachCommandPrintsItsUsageForHelp(String command) {
        assertThat(commands.isCommand(new String[] {command, "--help"})).isTrue();

        assertThat(commands.run(command, "--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar green-credit.jar " + command)
                                                        .contains("--help", "--version");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void versionNamesTheApplication() {
        assertThat(commands.isCommand(new String[] {"--version"})).isTrue();
        assertThat(commands.run("score", "--version")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("green-credit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "verify-decisions", "verify-draw", "generate", "compact"})
    void anUnknownOptionIsRefusedAndNothingIsStored(String command) throws IOException {
        int exit = commands.run(command, "--enterprises", "1", "--years", "1", "--seed", "1", "--no-such-option",
                                "--greencredit.data-dir=" + dataDir);

        assertThat(exit).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isNotEmpty();
        try (Stream<Path> stored = Files.list(dataDir)) {
            assertThat(stored).isEmpty();
        }
    }
}
